/**
 * Writes the embed's styles beside dist/modulo-embed.js (TOOLCHAIN.md, "Bootstrap Italia in a
 * Shadow DOM"): Bootstrap Italia 2 purged to the classes our components use (PurgeCSS 8),
 * `:root`/`html`/`body` rewritten to `:host` so variables and base rules reach the shadow
 * root, then our own rules; and the Titillium Web woff2 files (added to the host document by
 * `src/embed/webFonts.ts`: `@font-face` inside a shadow root is ignored) with `modulo-fonts.css`.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PurgeCSS } from 'purgecss';
import { FONT_FACES, fontFile } from '../src/embed/webFonts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
const bi = dirname(require.resolve('bootstrap-italia/package.json'));

const [purged] = await new PurgeCSS().purge({
  content: [join(root, 'src/**/*.tsx')],
  css: [join(bi, 'dist/css/bootstrap-italia.min.css')],
  safelist: { standard: ['is-invalid', 'active', 'disabled', 'focus--mouse'] },
  fontFace: true,
  variables: true,
  keyframes: true,
});
const host = purged!.css
  .replace(/(^|[{},\s/]):root(?=[\s,{[])/g, '$1:host')
  .replace(/(^|[},])\s*(html|body)(?=[\s,{:[])/g, '$1:host');
const own = readFileSync(join(root, 'src/embed/modulo.css'), 'utf8');
mkdirSync(join(dist, 'fonts'), { recursive: true });
writeFileSync(join(dist, 'modulo.css'), `${host}\n${own}`);

// The embed adds these faces itself (`src/embed/webFonts.ts`); `modulo-fonts.css` is the same as
// a stylesheet, for a host page that prefers to declare them in its own head.
const faces = FONT_FACES;
const fontCss = faces
  .map(([weight, style, file]) => {
    const name = fontFile(file);
    copyFileSync(join(bi, 'dist/fonts/Titillium_Web', name.slice('fonts/'.length)), join(dist, name));
    return `@font-face{font-family:'Titillium Web';font-style:${style};font-weight:${weight};font-display:swap;src:url(${name}) format('woff2')}`;
  })
  .join('\n');
writeFileSync(join(dist, 'modulo-fonts.css'), `${fontCss}\n`);
console.log(
  `modulo.css ${((host.length + own.length) / 1024) | 0} KB, modulo-fonts.css, ${faces.length} fonts`,
);
