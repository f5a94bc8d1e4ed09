import { modelError } from '../messages/modelError';
import type { LocalizedText, ModelError } from '../types';

/** What a refused text belongs to, for the message: its id and whether a field, step or exit. */
export interface TextOwner {
  id?: string;
  what?: 'field' | 'step' | 'exit';
}

/**
 * Refuses a value that is not a localized text with a non-blank Italian version. `property`
 * names it ("label", "title"...), `path` is the JSON Pointer of its owner.
 */
export function checkText(
  value: unknown,
  property: string,
  path: string,
  owner: TextOwner = {},
): ModelError | undefined {
  const bad = (problem: string): ModelError =>
    modelError(
      'invalid_property',
      { ...owner, property, problem },
      path,
      owner.id === undefined ? {} : { id: owner.id },
    );
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('not_text');
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.some(([lang, text]) => !/^[a-z]{2}$/.test(lang) || typeof text !== 'string')) {
    return bad('text_languages');
  }
  const it = (value as Partial<LocalizedText>).it;
  if (typeof it !== 'string' || it.trim() === '') return bad('blank_italian');
  return undefined;
}
