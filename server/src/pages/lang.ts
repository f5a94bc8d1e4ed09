import { html } from 'hono/html';
import type { LocalizedText } from '@modulo/form-model';
import { localize } from '@modulo/form-model';
import { formatDateIt } from '@modulo/procedure';
import type { IsoDate } from '@modulo/procedure';
import type { Lang } from './uiTexts';
import { uiTexts } from './uiTexts';

/** Which page is being rendered, and in which language. */
export interface PageContext {
  lang: Lang;
  /** The request's path, still percent-encoded: the language switch links back to it. */
  path: string;
}

/** `?lang=en` asks for English; no value, `it` and anything else give Italian. */
export function pageLang(query: string | undefined): Lang {
  return query === 'en' ? 'en' : 'it';
}

/** The context of a page request. Leading slashes collapse, so `//host` never becomes a link off site. */
export function pageContext(url: string, langQuery: string | undefined): PageContext {
  return { lang: pageLang(langQuery), path: new URL(url).pathname.replace(/^\/+/, '/') };
}

/** A link to one of our pages in this language: Italian URLs stay bare, English ones add `?lang=en`. */
export function hrefIn(lang: Lang, path: string): string {
  return lang === 'it' ? path : `${path}?lang=${lang}`;
}

/** A module text in the page language; an Italian fallback on an English page is marked `lang="it"`. */
export function moduleText(text: LocalizedText, lang: Lang) {
  const value = localize(text, lang);
  return lang !== 'it' && text[lang] === undefined ? html`<span lang="it">${value}</span>` : value;
}

const enDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** A date in prose: "28 dicembre 2026" in Italian, "28 December 2026" in English. */
export function formatDate(date: IsoDate, lang: Lang): string {
  return lang === 'it' ? formatDateIt(date) : enDate.format(new Date(`${date}T00:00:00Z`));
}

/** Euro cents as a price in the page language. */
export function formatEuro(cents: number, lang: Lang): string {
  const format = new Intl.NumberFormat(uiTexts[lang].locale, { style: 'currency', currency: 'EUR' });
  return format.format(cents / 100);
}
