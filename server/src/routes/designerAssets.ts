import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

/** Where `pnpm --filter @modulo/designer build` writes the designer. */
export const DESIGNER_DIST = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'designer',
  'dist',
);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * The built designer as a sub-app, mounted at `/designer` (`app.route('/designer',
 * designerAssets())`). Hashed files under `assets/` are cached for a year; any other path gets
 * `index.html` (the app reads its query). A missing build answers 503 with how to build it.
 */
export function designerAssets(dist: string = DESIGNER_DIST) {
  const root = normalize(dist + sep);
  return new Hono().get('*', async (c) => {
    const index = join(root, 'index.html');
    if (!existsSync(index)) {
      return c.text(
        'Il designer non è compilato: esegui `pnpm --filter @modulo/designer build`.\n' +
          'The designer is not built: run `pnpm --filter @modulo/designer build`.',
        503,
      );
    }
    const rel = decodeURIComponent(c.req.path.replace(/^.*?\/designer(?=\/|$)/, '')).replace(/^\/+/, '');
    const file = normalize(join(root, rel));
    // Never outside dist, whatever the path says.
    const inside = file.startsWith(root) && rel !== '' && existsSync(file) && extname(file) !== '';
    const path = inside ? file : index;
    const body = await readFile(path);
    const hashed = inside && rel.startsWith('assets/');
    return c.body(body, 200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
  });
}
