/** One problem with the answers, as form-model's `validateSubmission` and the server report it. */
export interface AnswerError {
  /** JSON Pointer of the answer, e.g. "/residenza/cap". */
  path: string;
  code: string;
  message: string;
  messageEn?: string;
}

/**
 * Validates the (pruned) answers of a whole module. In the embed this is the precompiled
 * module the server serves for a version (no `eval`, strict CSP); in previews and tests it may
 * be form-model's `validateSubmission`. Same messages either way.
 */
export type AnswerValidator = (answers: Record<string, unknown>, lang: string) => AnswerError[];

/** The id rjsf gives the control of an answer: `/residenza/cap` → `${prefix}_residenza_cap`. */
export function pointerToId(prefix: string, pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((id, s) => `${id}_${s}`, prefix);
}

/** The top-level field an answer path belongs to. */
export function topField(pointer: string): string {
  return (pointer.split('/')[1] ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
}
