// One of PROCESSES server processes (started by `main.ts` through `serverProcesses.ts`): the
// same app on the shared port, with its own connection to the database. The first process has
// seeded it and runs the clock, the notifications and the demo identity provider.
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { stopOnSignal, WORKER_SETTINGS } from './serverProcesses';
import type { WorkerSettings } from './serverProcesses';
import { openStore } from './storage/openStore';

const { oidc, config } = JSON.parse(process.env[WORKER_SETTINGS] ?? '{}') as WorkerSettings;
const { store } = await openStore();
const server = serve(
  {
    fetch: createApp({ store, ...(oidc ? { oidc } : {}), config }).fetch,
    port: Number(process.env.PORT ?? 3000),
    hostname: process.env.HOST ?? '127.0.0.1',
  },
  (info) => process.send?.({ listening: info.port }),
);
// As in main.ts: a load balancer closes idle connections before Node does.
if ('keepAliveTimeout' in server) {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}
stopOnSignal(server, () => store.close());
