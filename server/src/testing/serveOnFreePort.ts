import { afterAll, beforeAll } from 'vitest';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';

/** An app on a real HTTP port of the loopback (a free one): its base URL, and `close`. */
export async function serveOnFreePort(app: {
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
}): Promise<{ base: string; close(): Promise<void> }> {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `serveOnFreePort` for a whole test file or `describe`: served before its tests, closed after. */
export function servedOnFreePort(app: Parameters<typeof serveOnFreePort>[0]): { base(): string } {
  let server: Awaited<ReturnType<typeof serveOnFreePort>> | undefined;
  beforeAll(async () => {
    server = await serveOnFreePort(app);
  });
  afterAll(() => server?.close());
  return {
    base: () => {
      if (!server) throw new Error('Not served yet: call base() inside a test.');
      return server.base;
    },
  };
}
