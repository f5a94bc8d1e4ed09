import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

/** renderer/dist, written by `pnpm --filter @modulo/renderer build`. */
export const EMBED_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'renderer', 'dist');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * The embed's files at `/embed/...` (mount with `.route('/embed', embedAssets())`): the
 * `<modulo-form>` script, its CSS and fonts. They are loaded from the Comune's pages, another
 * origin: module scripts and fonts need CORS, and `Cross-Origin-Resource-Policy: cross-origin`
 * lets them through a host page that isolates itself.
 */
export function embedAssets(dist: string = EMBED_DIST) {
  const root = normalize(dist + sep);
  return new Hono().get('/*', (c) => {
    const rel = decodeURIComponent(c.req.path.replace(/^.*?\/embed\//, '').replace(/^\//, ''));
    const file = normalize(join(root, rel));
    const type = TYPES[extname(file)];
    const cors = {
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'x-content-type-options': 'nosniff',
    };
    if (!file.startsWith(root) || !type || !existsSync(file) || !statSync(file).isFile()) {
      const built = existsSync(join(root, 'modulo-embed.js'));
      return c.json(
        {
          error: {
            code: 'not_found',
            message: 'File non trovato.',
            messageEn: built
              ? 'No such embed file.'
              : 'The embed is not built: run `pnpm --filter @modulo/renderer build`.',
          },
        },
        404,
        cors,
      );
    }
    return c.body(readFileSync(file), 200, {
      ...cors,
      'content-type': type,
      // Names are not content-hashed: a short cache so a new release reaches sites soon.
      'cache-control': 'public, max-age=300',
    });
  });
}
