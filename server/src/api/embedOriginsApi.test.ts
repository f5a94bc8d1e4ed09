import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { authFixture } from '../testing/authFixture';
import { serveOnFreePort } from '../testing/serveOnFreePort';

// GET/PUT /api/entes/{ente}/embed-origins over a real HTTP port and a SQLite file: who may,
// what is refused, and CORS following a PUT at once.

const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'modulo-origins-')), 'modulo.sqlite'));
let actors: Awaited<ReturnType<typeof authFixture>>['actors'];
let server: Awaited<ReturnType<typeof serveOnFreePort>>;
let base: string;
beforeAll(async () => {
  ({ actors } = await authFixture(store));
  const app = createApp({ store });
  server = await serveOnFreePort(app);
  base = server.base;
});
afterAll(async () => {
  await server.close();
  await store.close();
});

const PATH = '/api/entes/borgo/embed-origins';
const NEW = 'https://servizi.borgo.example.it';

async function send(actor: string, method: string, path: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: { ...actors[actor], ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests index into JSON answers
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

const preflight = (origin: string) =>
  fetch(`${base}/api/entes/borgo/modules/x/submissions`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST' },
  });

describe('an ente’s embed origins', () => {
  it('are its admins’ to read and replace; designers, operators, citizens and other entes are refused', async () => {
    expect(await send('adminBorgo', 'GET', PATH)).toEqual({
      status: 200,
      body: { origins: ['https://www.borgo.example.it'] },
    });
    for (const [actor, status, code] of [
      ['designerBorgo', 403, 'forbidden'],
      ['operatorUrp', 403, 'forbidden'],
      ['adminAltro', 403, 'forbidden'],
      ['mario', 401, 'unauthenticated'],
      ['tokenRead', 401, 'unauthenticated'],
      ['anonymous', 401, 'unauthenticated'],
    ] as const) {
      for (const method of ['GET', 'PUT']) {
        const r = await send(actor, method, PATH, method === 'PUT' ? { origins: [NEW] } : undefined);
        expect({ actor, method, status: r.status, code: r.body['error']?.code }).toEqual({
          actor,
          method,
          status,
          code,
        });
      }
    }
    expect((await send('adminBorgoNoCsrf', 'PUT', PATH, { origins: [NEW] })).body['error'].code).toBe(
      'csrf_failed',
    );
    expect((await send('adminBorgo', 'GET', '/api/entes/nessuno/embed-origins')).status).toBe(403);
    // Nothing changed.
    expect((await send('adminBorgo', 'GET', PATH)).body['origins']).toEqual(['https://www.borgo.example.it']);
  });

  it('refuses a bad entry with a coded 422 that names it, and changes nothing', async () => {
    for (const [bad, problem] of [
      ['https://www.borgo.example.it/moduli', 'not_bare'],
      ['http://www.borgo.example.it', 'not_https'],
      ['www.borgo.example.it', 'not_a_url'],
      ['https://WWW.borgo.example.it', 'not_canonical'],
    ]) {
      const r = await send('adminBorgo', 'PUT', PATH, { origins: ['http://localhost:3000', bad] });
      expect(r.status).toBe(422);
      expect(r.body['error']).toMatchObject({
        code: 'invalid_embed_origin',
        path: '/origins/1',
        details: { origin: bad, problem },
      });
      expect(r.body['error'].message).toContain(`«${bad}»`);
    }
    const notAList = await send('adminBorgo', 'PUT', PATH, { origins: 'https://a.example.it' });
    expect(notAList).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect((await send('adminBorgo', 'GET', PATH)).body['origins']).toEqual(['https://www.borgo.example.it']);
  });

  it('lets CORS answer a newly PUT origin’s preflight at once, and forget a removed one, with an audit event', async () => {
    const before = await preflight(NEW);
    expect(before.status).toBe(204);
    expect(before.headers.get('access-control-allow-origin')).toBeNull();

    const put = await send('adminBorgo', 'PUT', PATH, { origins: [NEW, 'http://localhost:5173', NEW] });
    expect(put).toEqual({ status: 200, body: { origins: [NEW, 'http://localhost:5173'] } });
    const after = await preflight(NEW);
    expect(after.headers.get('access-control-allow-origin')).toBe(NEW);
    expect(after.headers.get('access-control-allow-credentials')).toBe('true');
    // The old origin is gone, and a write from it is refused before any handler.
    const old = 'https://www.borgo.example.it';
    expect((await preflight(old)).headers.get('access-control-allow-origin')).toBeNull();
    const write = await fetch(`${base}/api/entes/borgo/modules/x/submissions`, {
      method: 'POST',
      headers: { origin: old, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(write.status).toBe(403);
    // Another ente's CORS is untouched.
    const altro = await fetch(`${base}/api/entes/altro`, { headers: { origin: NEW } });
    expect(altro.headers.get('access-control-allow-origin')).toBeNull();

    const [event] = await store.audit.list('borgo', { action: 'ente.embed_origins_changed' });
    expect(event).toMatchObject({
      actor: 'staff:ada',
      subject: 'borgo',
      data: { before: [old], after: [NEW, 'http://localhost:5173'] },
    });
  });
});
