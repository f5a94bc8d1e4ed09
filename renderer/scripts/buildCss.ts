/**
 * Writes the embed's styles beside dist/modulo-embed.js (TOOLCHAIN.md, "Bootstrap Italia in a
 * Shadow DOM"): Bootstrap Italia 2 purged to the classes our components use (PurgeCSS 8),
 * `:root`/`html`/`body` rewritten to `:host` so variables and base rules reach the shadow
 * root, then our own rules; and `modulo-fonts.css` + Titillium Web woff2 for the host's head
 * (`@font-face` inside a shadow root is ignored).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PurgeCSS } from 'purgecss';

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

const faces = [
  ['300', 'normal', '300'],
  ['400', 'normal', 'regular'],
  ['600', 'normal', '600'],
  ['700', 'normal', '700'],
  ['400', 'italic', 'italic'],
];
const fontCss = faces
  .map(([weight, style, file]) => {
    const name = `titillium-web-v10-latin-ext_latin-${file}.woff2`;
    copyFileSync(join(bi, 'dist/fonts/Titillium_Web', name), join(dist, 'fonts', name));
    return `@font-face{font-family:'Titillium Web';font-style:${style};font-weight:${weight};font-display:swap;src:url(fonts/${name}) format('woff2')}`;
  })
  .join('\n');
writeFileSync(join(dist, 'modulo-fonts.css'), `${fontCss}\n`);
console.log(
  `modulo.css ${((host.length + own.length) / 1024) | 0} KB, modulo-fonts.css, ${faces.length} fonts`,
);
