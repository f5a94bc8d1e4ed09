import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CSP } from './rendererFixture';

/** A Comune's own site embedding Modulo's snippets: another origin than the server's. */
export interface ComuneSite {
  /** `http://localhost:<port>` (the server is on 127.0.0.1: another site). */
  origin: string;
  /** Answers the next page request (not the icon) only after `ms` (a slow return to the site after a login). */
  holdNextPage(ms: number): void;
  stop(): Promise<void>;
}

/**
 * Serves `/area-personale` (the personal area) and `/servizi/<modulo>` (that module's form) of
 * `ente`, under `script-src 'self' <server>`. `server()` is read per request: the site can start
 * before the server, whose origin must list the site in `EMBED_ORIGINS`.
 */
export async function startComuneSite(ente: string, server: () => string): Promise<ComuneSite> {
  let hold = 0;
  const s: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (hold && url.pathname !== '/favicon.ico') {
      const ms = hold;
      hold = 0;
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    const element =
      url.pathname === '/area-personale'
        ? `<modulo-area-personale server="${server()}" ente="${ente}" lang="it" form-href="/servizi/{modulo}"></modulo-area-personale>`
        : `<modulo-form ente="${ente}" modulo="${url.pathname.split('/').pop()}" server="${server()}" lang="it"></modulo-form>`;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CSP(server()),
    });
    res.end(`<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Comune di Montebello</title>
<script type="module" src="${server()}/embed/modulo-embed.js"></script></head>
<body><header><p>Comune di Montebello</p></header><main>${element}</main></body></html>`);
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://localhost:${(s.address() as AddressInfo).port}`,
    holdNextPage: (ms) => {
      hold = ms;
    },
    stop: async () => {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    },
  };
}
