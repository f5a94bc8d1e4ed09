import { serve } from '@hono/node-server';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { memoryStore } from './testing/memoryStore';

const LIMIT = 256;
const app = createApp({ store: memoryStore(), config: { maxJsonBytes: LIMIT } });
let server: ReturnType<typeof serve>;
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      port = info.port;
      resolve();
    });
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A POST over a real socket, with a Content-Length or chunked. */
function post(body: string, chunked: boolean): Promise<{ status: number; code?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/modules/accesso-atti/validate',
        headers: {
          'content-type': 'application/json',
          ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            code: (JSON.parse(text) as { error?: { code: string } }).error?.code,
          }),
        );
      },
    );
    req.on('error', reject);
    if (chunked) for (let i = 0; i < body.length; i += 64) req.write(body.slice(i, i + 64));
    else req.write(body);
    req.end();
  });
}

describe('jsonBodyLimit over HTTP', () => {
  it('refuses a body over the limit by its Content-Length, and one sent chunked by counting', async () => {
    const big = JSON.stringify({ x: 'y'.repeat(LIMIT) });
    expect(await post(big, false)).toEqual({ status: 413, code: 'payload_too_large' });
    expect(await post(big, true)).toEqual({ status: 413, code: 'payload_too_large' });
  });

  it('reads a body under the limit either way', async () => {
    const small = JSON.stringify({});
    for (const chunked of [false, true]) expect((await post(small, chunked)).status).not.toBe(413);
  });
});
