import { createContext, useContext } from 'react';
import type { LocalizedText } from '@modulo/form-model';
import type { MessageKey } from './messages';
import { en, it } from './messages';

export type Lang = 'it' | 'en';

/** The designer's UI language (Italian unless switched). */
export const LangContext = createContext<Lang>('it');

/** A translator: `t('palette.title')`, with `{name}` placeholders filled from `params`. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The translator for a language. */
export function translator(lang: Lang): Translate {
  const dict: Record<MessageKey, string> = lang === 'en' ? en : it;
  return (key, params) =>
    params
      ? dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
      : dict[key];
}

const translators = { it: translator('it'), en: translator('en') };

/** The translator of the surrounding language. */
export function useT(): Translate {
  return translators[useContext(LangContext)];
}

/** The current language. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** A localized model text in the UI language (Italian when there is no translation). */
export function pick(text: LocalizedText | undefined, lang: Lang): string {
  return text ? (text[lang] ?? text.it) : '';
}
