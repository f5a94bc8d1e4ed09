import type { AnswerError } from './AnswerValidator';

/**
 * The field errors in a server 4xx body's `details`: `[{ code, path, message, messageEn }]`
 * with JSON Pointers to the answer (`/codiceFiscale`, as `invalid_submission` and
 * `identity_mismatch` give them) or to the request part (`/answers/codiceFiscale`,
 * `/attachments/foto`, as schema errors of the request give them), made answer-relative so they
 * land on the same fields as the in-page errors. Anything else (an exit's details) gives none.
 */
export function serverFieldErrors(details: unknown): AnswerError[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    const e = d as Partial<AnswerError> | null;
    if (!e || typeof e.path !== 'string' || typeof e.message !== 'string') return [];
    const path = e.path.replace(/^\/(answers|attachments)(?=\/|$)/, '');
    return path
      ? [
          {
            path,
            code: String(e.code ?? 'invalid'),
            message: e.message,
            ...(e.messageEn ? { messageEn: e.messageEn } : {}),
          },
        ]
      : [];
  });
}
