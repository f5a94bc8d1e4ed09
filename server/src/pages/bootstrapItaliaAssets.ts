import { Hono } from 'hono';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where every server-rendered page finds Bootstrap Italia: served by us, never from a CDN. */
export const ASSETS_PREFIX = '/assets/bootstrap-italia';

const dist = join(dirname(createRequire(import.meta.url).resolve('bootstrap-italia')), '..');
/** The Bootstrap Italia version the pages are built on (shown in the footer of the demo IdP). */
export const BOOTSTRAP_ITALIA_VERSION = (
  JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { version: string }
).version;

const FAMILIES: Record<string, string> = {
  Titillium_Web: 'Titillium Web',
  Lora: 'Lora',
  Roboto_Mono: 'Roboto Mono',
};

/**
 * The `@font-face` rules Bootstrap Italia's `fontsLoader` would inject as an inline `<style>`
 * (blocked by a strict `style-src`): one rule per woff2 file, weight and style from its name.
 */
function fontFaces(): string {
  const rules: string[] = [];
  for (const [dir, family] of Object.entries(FAMILIES)) {
    for (const file of readdirSync(join(dist, 'fonts', dir)).filter((f) => f.endsWith('.woff2'))) {
      const variant = /latin-(\w+)\.woff2$/.exec(file)?.[1] ?? 'regular';
      const weight = /^\d+/.exec(variant)?.[0] ?? '400';
      const style = variant.endsWith('italic') ? 'italic' : 'normal';
      rules.push(
        `@font-face{font-family:'${family}';font-style:${style};font-weight:${weight};font-display:swap;` +
          `src:url('${ASSETS_PREFIX}/fonts/${dir}/${file}') format('woff2')}`,
      );
    }
  }
  return rules.join('\n');
}

const YEAR = 'public, max-age=31536000, immutable';

/**
 * Our few additions: a 3 px focus ring of at least 3:1 on every background (WCAG 1.4.11; Bootstrap
 * Italia's ring is a light orange shadow; shown at once, not faded in by its form-control transition),
 * white on the blue header, and the skip link's place.
 */
const MODULO_CSS = `
:focus-visible,select:focus,input:focus,textarea:focus{outline:3px solid #1a1a1a !important;outline-offset:2px;transition:none !important}
.it-header-wrapper :focus-visible,.it-footer :focus-visible,.demo-notice :focus-visible{outline-color:#fff !important}
main:focus{outline:none !important}
.skiplinks a:focus{position:absolute;left:1rem;top:1rem;z-index:1100;background:#fff;color:#0059b3;padding:.5rem 1rem}
.demo-notice{background:#a61919;color:#fff;font-weight:600;text-align:center;padding:.5rem 1rem}
.demo-notice a{color:#fff}
dd{overflow-wrap:anywhere}
.it-footer-main{background:#004080;color:#fff}
.it-footer-small-prints{background:#00264d;color:#fff}
.it-footer a,.it-header-slim-wrapper a{color:#fff}
`;

/**
 * Bootstrap Italia's CSS, fonts and icon sprite under `/assets/bootstrap-italia/`: the CSS and the
 * sprite read once at start, fonts per request (only the few a page uses are ever asked for).
 */
export function bootstrapItaliaAssets() {
  const css = readFileSync(join(dist, 'css', 'bootstrap-italia.min.css'), 'utf8');
  const sprites = readFileSync(join(dist, 'svg', 'sprites.svg'), 'utf8');
  const fonts = fontFaces();
  const fontFile = /^(Titillium_Web|Lora|Roboto_Mono)\/[\w-]+\.woff2$/;
  return new Hono()
    .get('/bootstrap-italia.min.css', (c) =>
      c.body(css, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': YEAR }),
    )
    .get('/modulo.css', (c) =>
      c.body(MODULO_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }),
    )
    .get('/fonts.css', (c) =>
      c.body(fonts, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': YEAR }),
    )
    .get('/sprites.svg', (c) =>
      c.body(sprites, 200, { 'content-type': 'image/svg+xml', 'cache-control': YEAR }),
    )
    .get('/fonts/:dir/:file', (c) => {
      const rel = `${c.req.param('dir')}/${c.req.param('file')}`;
      if (!fontFile.test(rel)) return c.notFound();
      try {
        const body = readFileSync(join(dist, 'fonts', rel));
        return c.body(body, 200, { 'content-type': 'font/woff2', 'cache-control': YEAR });
      } catch {
        return c.notFound();
      }
    });
}
