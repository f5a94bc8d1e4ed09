import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { ASSETS_PREFIX } from './bootstrapItaliaAssets';
import type { Lang } from './uiTexts';

type Content = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What a Bootstrap Italia page needs around its content. */
export interface ShellOptions {
  lang: Lang;
  /** The `<title>`, before " · <site>". */
  title: string;
  /** The site name in the header, e.g. "Comune di Montebello" or "Identità di prova". */
  brand: { name: string; tagline?: string; href: string };
  /** The body that owns the site, in the slim header, e.g. the Unione a Comune belongs to. */
  owner?: { name: string; href?: string };
  /** Links on the right of the slim header: the language switch, login... */
  slimLinks?: Content;
  /** A notice shown on top of every page of the site (the demo provider's "non SPID"). */
  notice?: Content;
  /** The skip link's text. */
  skipLink: string;
  /** The footer's small print. */
  footer?: Content;
  body: Content;
}

/**
 * The page shell of every server-rendered page: Bootstrap Italia 2 (the look AgID requires of a
 * Comune's site) served from our own `/assets`, no inline script or style (a strict CSP holds).
 * One h1 per page, a skip link that really moves focus (main has tabindex -1), Italian first.
 */
export function pageShell(o: ShellOptions) {
  return html`<!doctype html>
    <html lang="${o.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${o.title} · ${o.brand.name}</title>
        <link rel="stylesheet" href="${ASSETS_PREFIX}/fonts.css" />
        <link rel="stylesheet" href="${ASSETS_PREFIX}/bootstrap-italia.min.css" />
        <link rel="stylesheet" href="${ASSETS_PREFIX}/modulo.css" />
      </head>
      <body>
        <div class="skiplinks">
          <a class="skip visually-hidden-focusable" href="#contenuto">${o.skipLink}</a>
        </div>
        ${o.notice ?? ''}
        <header class="it-header-wrapper">
          <div class="it-header-slim-wrapper">
            <div class="container">
              <div class="it-header-slim-wrapper-content">
                ${
                  o.owner
                    ? o.owner.href
                      ? html`<a class="navbar-brand" href="${o.owner.href}">${o.owner.name}</a>`
                      : html`<span class="navbar-brand">${o.owner.name}</span>`
                    : html`<span class="navbar-brand">Modulo</span>`
                }
                <div class="it-header-slim-right-zone">${o.slimLinks ?? ''}</div>
              </div>
            </div>
          </div>
          <div class="it-nav-wrapper">
            <div class="it-header-center-wrapper">
              <div class="container">
                <div class="it-header-center-content-wrapper">
                  <div class="it-brand-wrapper">
                    <a href="${o.brand.href}">
                      <div class="it-brand-text">
                        <div class="it-brand-title">${o.brand.name}</div>
                        ${
                          o.brand.tagline
                            ? html`<div class="it-brand-tagline d-none d-md-block">${o.brand.tagline}</div>`
                            : ''
                        }
                      </div>
                    </a>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </header>
        <main id="contenuto" tabindex="-1" class="container my-4">${o.body}</main>
        <footer class="it-footer">
          <div class="it-footer-main">
            <div class="container">
              <div class="it-brand-wrapper">
                <a href="${o.brand.href}">
                  <div class="it-brand-text">
                    <div class="it-brand-title">${o.brand.name}</div>
                  </div>
                </a>
              </div>
            </div>
          </div>
          <div class="it-footer-small-prints">
            <div class="container">${o.footer ?? ''}</div>
          </div>
        </footer>
      </body>
    </html>`;
}
