import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { PageContext } from './lang';
import { hrefIn } from './lang';
import type { Lang } from './uiTexts';
import { uiTexts } from './uiTexts';

type Content = HtmlEscapedString | Promise<HtmlEscapedString>;

const STYLE = `
body{font-family:"Titillium Web",system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1a1a1a;line-height:1.5}
header{background:#0066cc;color:#fff;padding:1rem 1.5rem;display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem 1rem}header a{color:#fff}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
a{color:#0059b3}a:focus,button:focus{outline:3px solid #1a1a1a;outline-offset:2px}header a:focus{outline-color:#fff}
main:focus{outline:none}
.card{border:1px solid #c5c7c9;border-radius:4px;padding:1rem;margin:0 0 1rem}
.card h2{margin:0 0 .25rem;font-size:1.25rem}
dt{font-weight:600}dd{margin:0 0 .5rem;overflow-wrap:anywhere}
@media (min-width:40em){dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dd{margin:0}}
.cards{list-style:none;padding:0}
.meta{color:#5c6f82;font-size:.9rem}
ol.steps>li{margin-bottom:.75rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;color:#0059b3;padding:.5rem}
`;

/** The link to this page in the other language, marked in the language it leads to. */
function languageSwitch(lang: Lang, path: string) {
  const to: Lang = lang === 'it' ? 'en' : 'it';
  return html`<a href="${hrefIn(to, path)}" lang="${to}" hreflang="${to}">${uiTexts[to].languageName}</a>`;
}

/**
 * The page shell: Italian first, one h1 per page, a skip link that really moves focus (main has
 * tabindex -1), focus rings of at least 3:1 (WCAG 1.4.11), no horizontal scroll at 320 px (1.4.10).
 * The header switches to the same page in the other language.
 */
export function layout({ lang, path }: PageContext, title: string, body: Content) {
  const t = uiTexts[lang];
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Modulo</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <a class="skip" href="#contenuto">${t.skipLink}</a>
        <header>
          <span><a href="${hrefIn(lang, '/')}">Modulo</a> · ${t.catalogue}</span>
          ${languageSwitch(lang, path)}
        </header>
        <main id="contenuto" tabindex="-1">${body}</main>
      </body>
    </html>`;
}
