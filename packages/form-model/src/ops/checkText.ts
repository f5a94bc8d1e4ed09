import type { LocalizedText, ModelError } from '../types';

/** Refuses a value that is not a localized text with a non-blank Italian version. */
export function checkText(value: unknown, what: string, path: string): ModelError | undefined {
  const bad = (message: string): ModelError => ({ code: 'invalid_property', message, path });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return bad(`${what}: serve un testo con almeno la versione italiana.`);
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.some(([lang, text]) => !/^[a-z]{2}$/.test(lang) || typeof text !== 'string')) {
    return bad(
      `${what}: le lingue vanno indicate con il codice di due lettere (it, en, de...) e i testi devono essere stringhe.`,
    );
  }
  const it = (value as Partial<LocalizedText>).it;
  if (typeof it !== 'string' || it.trim() === '')
    return bad(`${what}: il testo in italiano non può essere vuoto.`);
  return undefined;
}
