/**
 * Titillium Web, the font of Bootstrap Italia, for the embed's shadow roots. `@font-face` inside a
 * shadow root is ignored, so the faces go to the host document's `document.fonts` (what a
 * `@font-face` in its head would do), from JavaScript: the three faces the first screen uses are
 * fetched as the script starts, and the element shows its content once they are there
 * (`firstFonts`), so its first layout is drawn in the web font, not in the stack's system
 * fallbacks (Geneva, Tahoma, sans-serif: looked up, laid out, then laid out again when the web
 * font arrived, which moved the text after the first screen), and the font loads no longer compete
 * with rjsf's chunk after it. `font-display: swap`: a face that is late never hides text; the
 * element waits for it at most `FONT_WAIT_MS`.
 */

/** weight, style, file suffix under `fonts/` (`scripts/buildCss.ts` copies them). */
export const FONT_FACES: readonly (readonly [weight: string, style: string, file: string])[] = [
  ['300', 'normal', '300'],
  ['400', 'normal', 'regular'],
  ['600', 'normal', '600'],
  ['700', 'normal', '700'],
  ['400', 'italic', 'italic'],
];

/** Body text, labels and buttons (600), headings (700): what the first screen draws. */
const FIRST_SCREEN_FILES = new Set(['regular', '600', '700']);

export const FONT_FAMILY = 'Titillium Web';

/** The longest the element holds its (styled) content for the first screen's fonts. */
export const FONT_WAIT_MS = 300;

export const fontFile = (file: string) => `fonts/titillium-web-v10-latin-ext_latin-${file}.woff2`;

let loading: Promise<unknown> | undefined;

/**
 * Adds the faces to the document once and starts loading the first screen's; the others load
 * when a screen uses them. Resolves when those are loaded or failed (never rejects).
 */
export function loadWebFonts(base: string): Promise<unknown> {
  if (loading) return loading;
  if (typeof FontFace !== 'function' || typeof document === 'undefined' || !document.fonts)
    return (loading = Promise.resolve());
  const first: Promise<unknown>[] = [];
  for (const [weight, style, file] of FONT_FACES) {
    const face = new FontFace(FONT_FAMILY, `url(${base}${fontFile(file)}) format('woff2')`, {
      weight,
      style,
      display: 'swap',
    });
    document.fonts.add(face);
    if (FIRST_SCREEN_FILES.has(file)) first.push(face.load().catch(() => undefined));
  }
  return (loading = Promise.all(first));
}

/** The first screen's fonts, or `FONT_WAIT_MS`, whichever comes first. */
export function firstFonts(base: string): Promise<unknown> {
  return Promise.race([loadWebFonts(base), new Promise((r) => setTimeout(r, FONT_WAIT_MS))]);
}
