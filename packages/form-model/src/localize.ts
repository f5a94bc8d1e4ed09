import type { LocalizedText } from './types';

/** Picks a language from a localized text, falling back to Italian. */
export function localize(text: LocalizedText, lang = 'it'): string {
  return text[lang] ?? text.it;
}
