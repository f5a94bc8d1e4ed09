import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { designerAssets } from '../../server/src/routes/designerAssets';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the designer with Vite (`designer/dist`), as `pnpm --filter @modulo/designer build` does. */
export function buildDesigner(): void {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    cwd: `${ROOT}designer`,
    stdio: 'inherit',
  });
}

/** A real HTTP server on a free loopback port serving the server's `designerAssets` sub-app at /designer. */
export async function serveDesigner(): Promise<{ url: string; stop(): Promise<void> }> {
  const app = designerAssets();
  const server = createServer((req, res) => {
    void (async () => {
      const response = await app.fetch(
        new Request(`http://127.0.0.1${req.url ?? '/'}`, { method: req.method }),
      );
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/designer/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
