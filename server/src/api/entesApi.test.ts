import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { suiteEnte } from '../storage/storeSuite';
import { memoryStore } from '../testing/memoryStore';

const store = memoryStore();
await store.entes.put(suiteEnte());
const app = createApp({ store });

describe('entes API', () => {
  it('lists entes and serves one with its offices', async () => {
    const list = (await (await app.request('/api/entes')).json()) as { entes: { id: string }[] };
    expect(list.entes.map((e) => e.id)).toEqual(['borgo']);
    const res = await app.request('/api/entes/borgo');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: 'borgo',
      aoo: { code: 'AOO_BRG' },
      offices: [{ id: 'urp' }],
    });
  });

  it('answers an unknown ente and a malformed id with the coded error shape', async () => {
    const missing = await app.request('/api/entes/nessuno');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: {
        code: 'ente_not_found',
        message: 'Ente "nessuno" non trovato.',
        messageEn: 'Ente "nessuno" not found.',
      },
    });
    const bad = await app.request('/api/entes/NO_SUCH!');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
  });

  it('publishes an OpenAPI 3.1 document generated from the routes, and its reference page', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/entes', '/api/entes/{ente}', '/api/entes/{ente}/directory']),
    );
    const page = await app.request('/api/docs');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/api/openapi.json');
  });

  it('sends security headers and refuses an oversized JSON body with 413', async () => {
    const res = await app.request('/api/entes');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const small = createApp({ store, config: { maxJsonBytes: 64 } });
    const big = await small.request('/api/modules/accesso-atti/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ x: 'y'.repeat(200) }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });
});
