import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { PageContext } from './lang';
import { hrefIn } from './lang';
import { pageShell } from './pageShell';
import type { Lang } from './uiTexts';
import { uiTexts } from './uiTexts';

type Content = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The site a page belongs to: a Comune (and the Unione it is part of), or Modulo itself. */
export interface Site {
  /** e.g. "Comune di Montebello". */
  name: string;
  /** Where the brand links to, e.g. the ente's catalogue. */
  href?: string;
  /** e.g. "Unione dei Comuni della Valle del Savio". */
  owner?: string;
}

/** The link to this page in the other language, marked in the language it leads to. */
function languageSwitch(lang: Lang, path: string) {
  const to: Lang = lang === 'it' ? 'en' : 'it';
  // prettier-ignore
  return html`<a href="${hrefIn(to, path)}" lang="${to}" hreflang="${to}">${uiTexts[to].languageName}</a>`;
}

/**
 * The page of every catalogue, module and verification page: Bootstrap Italia's header and
 * footer of a Comune (or of Modulo when no ente is named), Italian first with a switch to the
 * same page in the other language.
 */
export function layout({ lang, path }: PageContext, title: string, body: Content, site?: Site) {
  const t = uiTexts[lang];
  return pageShell({
    lang,
    title,
    brand: { name: site?.name ?? 'Modulo', tagline: t.catalogue, href: site?.href ?? hrefIn(lang, '/') },
    ...(site?.owner ? { owner: { name: site.owner } } : {}),
    slimLinks: languageSwitch(lang, path),
    skipLink: t.skipLink,
    footer: html`<p class="mb-0 py-3">
      Modulo · <a class="text-white" href="/api/docs">API (OpenAPI 3.1)</a>
    </p>`,
    body,
  });
}
