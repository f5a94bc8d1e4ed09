import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Module } from '@modulo/form-model';
import { compile, localize, validateSubmission } from '@modulo/form-model';
import { embedAssets } from '../../server/src/routes/embedAssets';
import { buildValidatorModule } from '../../renderer/src/validator/buildValidatorModule';

/**
 * The renderer's browser tests run the built embed (`renderer/dist`, served by the real
 * `embedAssets` sub-app) against this stand-in of the module, identity, upload, draft and
 * submission API (docs/decisions/2026-12-02-format3-and-api-contract.md) until the server
 * branch serves them; the host pages come from a second origin with a strict CSP.
 */
export interface RendererFixture {
  /** The Modulo "server" origin, e.g. http://127.0.0.1:40001 */
  server: string;
  /** The Comune's site: another origin (localhost vs 127.0.0.1, another port). */
  host: string;
  /** URL of a host page embedding one module. */
  pageFor(modulo: string, options?: { lang?: string }): string;
  drafts: Map<string, Record<string, unknown>>;
  submissions: { modulo: string; body: Record<string, unknown> }[];
  stop(): Promise<void>;
}

export interface FixtureOptions {
  modules: readonly Module[];
  identity?: Record<string, unknown> | null;
}

export const CSP = (server: string) => `script-src 'self' ${server}; object-src 'none'; base-uri 'none'`;

export async function startRendererFixture(options: FixtureOptions): Promise<RendererFixture> {
  const drafts = new Map<string, Record<string, unknown>>();
  const submissions: RendererFixture['submissions'] = [];
  const validators = new Map<string, Promise<string>>();
  const bodies = new Map<string, string>();
  const assets = embedAssets();
  let uploads = 0;
  const byId = new Map(options.modules.map((m) => [m.id, m]));

  const api = listen(async (req, res) => {
    const origin = req.headers.origin;
    const cors: Record<string, string> = origin
      ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' }
      : {};
    if (req.method === 'OPTIONS') {
      return send(res, 204, '', {
        ...cors,
        'access-control-allow-methods': 'GET, POST, PUT, DELETE',
        'access-control-allow-headers': 'content-type, idempotency-key, x-filename',
      });
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    if (path.startsWith('/embed/')) {
      const r = await assets.fetch(new Request(`http://x${path.replace(/^\/embed/, '')}`));
      return send(res, r.status, Buffer.from(await r.arrayBuffer()), Object.fromEntries(r.headers));
    }
    const json = (status: number, body: unknown) =>
      send(res, status, JSON.stringify(body), { ...cors, 'content-type': 'application/json' });
    let m: RegExpMatchArray | null;
    if (path === '/api/me')
      return options.identity ? json(200, options.identity) : json(401, err('unauthenticated'));
    if ((m = /^\/api\/entes\/([^/]+)\/services$/.exec(path)))
      return json(200, {
        ente: m[1],
        name: m[1],
        services: [...byId.values()].map((mod) => ({
          moduleId: mod.id,
          title: localize(mod.title),
          office: localize(mod.procedure.office.name),
          serviceUrl: `/entes/${m![1]}/modules/${mod.id}`,
        })),
      });
    if ((m = /^\/api\/pratiche\/([^/]+)\/rating$/.exec(path)) && req.method === 'POST')
      return json(201, { rating: {} });
    if (path === '/api/me/pratiche')
      return json(200, {
        pratiche: submissions.map((s, i) => ({
          code: code(i),
          title: byId.get(s.modulo) ? localize(byId.get(s.modulo)!.title) : s.modulo,
          status: 'presented',
          statusLabel: 'Presentata',
          filedAt: '2026-12-02',
        })),
        drafts: [],
      });
    if ((m = path.match(/^\/api\/entes\/([^/]+)\/uploads$/)) && req.method === 'POST') {
      const body = await read(req);
      return json(201, {
        id: `upload-${++uploads}`,
        name: decodeURIComponent(String(req.headers['x-filename'])),
        size: body.length,
        type: req.headers['content-type'],
      });
    }
    if ((m = path.match(/^\/api\/entes\/([^/]+)\/modules\/([^/]+)(.*)$/))) {
      const module = byId.get(m[2]!);
      if (!module) return json(404, err('not_found'));
      const rest = m[3]!;
      const key = `${m[1]}/${m[2]}`;
      // Compiled once per module, as the server keeps each version's body (publishedBodyCache).
      if (rest === '' || rest === `/versions/${module.version}`) {
        if (!bodies.has(module.id))
          bodies.set(module.id, JSON.stringify({ module, ...compile(module), version: module.version }));
        return send(res, 200, bodies.get(module.id)!, { ...cors, 'content-type': 'application/json' });
      }
      if (rest === `/versions/${module.version}/validator.js`) {
        if (!validators.has(module.id)) validators.set(module.id, buildValidatorModule(module));
        return send(res, 200, await validators.get(module.id)!, {
          'content-type': 'text/javascript; charset=utf-8',
          'access-control-allow-origin': '*',
        });
      }
      if (rest === '/draft') {
        if (req.method === 'GET')
          return drafts.has(key) ? json(200, drafts.get(key)) : json(404, err('not_found'));
        if (req.method === 'PUT') {
          drafts.set(key, JSON.parse((await read(req)).toString()) as Record<string, unknown>);
          return json(200, { ok: true });
        }
        if (req.method === 'DELETE') {
          drafts.delete(key);
          return send(res, 204, '', cors);
        }
      }
      if (rest === '/submissions' && req.method === 'POST') {
        const body = JSON.parse((await read(req)).toString()) as { answers: Record<string, unknown> };
        const errors = validateSubmission(module, body.answers);
        if (errors.length) return json(422, { error: { ...err('invalid_submission'), details: errors } });
        submissions.push({ modulo: module.id, body });
        const c = code(submissions.length - 1);
        return json(201, {
          pratica: {
            code: c,
            protocol: {
              number: String(submissions.length).padStart(7, '0'),
              year: 2026,
              date: '2026-12-02',
              segnatura: 'x',
            },
            office: { name: localize(module.procedure.office.name), email: module.procedure.office.email },
            responsible: {
              name: module.procedure.responsible.name,
              role: localize(module.procedure.responsible.role),
            },
            deadline: '2027-01-04',
            fees: { totalCents: 0, fees: [] },
            receiptUrl: `/api/pratiche/${c}/receipt.pdf`,
          },
        });
      }
    }
    return json(404, err('not_found'));
  });
  const server = `http://127.0.0.1:${port(await api)}`;

  const hostServer = listen(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const modulo = url.searchParams.get('modulo') ?? '';
    const lang = url.searchParams.get('lang') ?? 'it';
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Comune di Esempio – ${modulo}</title>
<script type="module" src="${server}/embed/modulo-embed.js"></script></head>
<body><header><p>Comune di Esempio</p></header><main><modulo-form ente="c_x000" modulo="${modulo}" server="${server}" lang="${lang}"></modulo-form></main></body></html>`;
    send(res, 200, html, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CSP(server),
    });
  });
  const host = `http://localhost:${port(await hostServer)}`;
  return {
    server,
    host,
    pageFor: (modulo, o = {}) => `${host}/?modulo=${encodeURIComponent(modulo)}&lang=${o.lang ?? 'it'}`,
    drafts,
    submissions,
    stop: async () => {
      await Promise.all([close(await api), close(await hostServer)]);
    },
  };
}

function code(i: number): string {
  return `PR-2026-${String(i + 1).padStart(5, '0')}`;
}

function err(code: string) {
  return { code, message: code, messageEn: code };
}

function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void,
): Promise<Server> {
  const s = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((e: unknown) => send(res, 500, String(e), {}));
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

function port(s: Server): number {
  return (s.address() as AddressInfo).port;
}

function close(s: Server): Promise<void> {
  s.closeAllConnections();
  return new Promise((resolve) => s.close(() => resolve()));
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string>) {
  res.writeHead(status, headers);
  res.end(body);
}

function read(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
