import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { authEnte } from '../testing/authFixture';

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
