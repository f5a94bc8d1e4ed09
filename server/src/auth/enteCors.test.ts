import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { authEnte } from '../testing/authFixture';
import { servedOnFreePort } from '../testing/serveOnFreePort';

const store = openSqliteStore(':memory:');
const app = createApp({ store });
beforeAll(async () => {
  await store.entes.put(authEnte('borgo'));
  await store.entes.put(authEnte('altro'));
});

const OWN = 'https://www.borgo.example.it';
const OTHER = 'https://www.altro.example.it';

describe('CORS per ente', () => {
  it('answers a preflight from the ente’s own origin, with credentials and our headers', async () => {
    const res = await app.request('/api/entes/borgo/modules/x/submissions', {
      method: 'OPTIONS',
      headers: { origin: OWN, 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(OWN);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('access-control-allow-headers')).toContain('X-CSRF-Token');
  });

  it('gives another ente’s origin nothing, and refuses its writes before any handler', async () => {
    const pre = await app.request('/api/entes/borgo/uploads', {
      method: 'OPTIONS',
      headers: { origin: OTHER },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const read = await app.request('/api/entes/borgo', { headers: { origin: OTHER } });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    const write = await app.request('/api/entes/borgo/modules/x/submissions', {
      method: 'POST',
      headers: { origin: OTHER, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(write.status).toBe(403);
    expect(((await write.json()) as { error: { code: string } }).error.code).toBe('origin_not_allowed');
  });

  it('names the one allowed origin on a real answer, never *', async () => {
    const res = await app.request('/api/entes/borgo', { headers: { origin: OWN } });
    expect(res.headers.get('access-control-allow-origin')).toBe(OWN);
    expect(res.headers.get('vary')).toContain('Origin');
  });
});

describe('CORS per ente over a real HTTP port (headers set on Node’s response)', () => {
  const served = servedOnFreePort(app);
  const get = async (path: string, origin?: string) => {
    const res = await fetch(served.base() + path, { headers: origin ? { origin } : {} });
    await res.arrayBuffer();
    return res;
  };

  it('names the allowed origin on an answer and on a coded error, so the embed can read both', async () => {
    for (const [path, status] of [
      ['/api/entes/borgo', 200],
      ['/api/entes/borgo/modules/non-esiste', 404],
    ] as const) {
      const res = await get(path, OWN);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('access-control-allow-origin'), path).toBe(OWN);
      expect(res.headers.get('access-control-allow-credentials'), path).toBe('true');
      expect(res.headers.get('vary'), path).toBe('Origin');
    }
  });

  it('gives another origin Vary only, and nothing leaks onto the next answer', async () => {
    const other = await get('/api/entes/borgo', OTHER);
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('vary')).toBe('Origin');
    await get('/api/entes/borgo', OWN);
    const plain = await get('/api/entes/borgo');
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    expect(plain.headers.get('vary')).toBeNull();
  });
});
