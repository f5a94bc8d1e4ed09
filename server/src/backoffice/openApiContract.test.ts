import { describe, expect, it } from 'vitest';
import { createClient } from '../client';
import { backofficeFixture } from './backofficeFixture';

describe('the back office in the OpenAPI contract and the typed client', () => {
  it('documents every route and answers the typed client', async () => {
    const f = await backofficeFixture();
    const doc = (await (await f.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, object>;
    };
    for (const path of [
      '/api/backoffice/pratiche',
      '/api/backoffice/pratiche/{code}',
      '/api/backoffice/pratiche/{code}/actions',
      '/api/backoffice/pratiche/{code}/messages',
      '/api/backoffice/pratiche/{code}/audit',
      '/api/backoffice/pratiche/{code}/attachments/{uploadId}',
      '/api/backoffice/uploads',
      '/api/backoffice/monitoring',
      '/api/backoffice/webhooks',
      '/api/backoffice/webhooks/deliveries',
      '/api/backoffice/webhooks/deliveries/{id}/retry',
      '/api/pratiche/{code}/messages',
      '/api/pratiche/{code}/uploads',
      '/api/pratiche/{code}/substitute-request',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    const client = createClient('http://modulo.test', {
      fetch: (input: string | URL | Request, init?: RequestInit) =>
        f.app.request(String(input), { ...init, headers: { ...f.actors['operatorUrp'] } }),
    });
    const res = await client.api.backoffice.pratiche.$get({ query: { due: 'near' } });
    expect(res.status).toBe(200);
    if (res.status === 200) {
      const body = await res.json();
      expect(body.total).toBe(0);
    }
    await f.store.close();
  });
});
