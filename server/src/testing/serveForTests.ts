// The real server for load tests and the benchmark: same app, store and seed as `main.ts`, but
// citizens come from a test header (`testAuthenticate`) instead of an OIDC session, so thousands
// of filings need no login round trip. Never used by `npm start`. PROCESSES=N as in `main.ts`:
// this process seeds, then N processes serve the port (`serverProcesses.ts`).
import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { libraryModules } from '@modulo/form-library';
import { createApp } from '../app';
import { benchModule } from '../bench/benchModule';
import { seedDemo } from '../seed/seedDemo';
import { serverProcesses, startProcesses, stopOnSignal } from '../serverProcesses';
import { openStore } from '../storage/openStore';
import { testAuthenticate } from './testAuthenticate';

const processes = serverProcesses(process.env.PROCESSES);
const ready = (port: number) => console.log(`READY http://127.0.0.1:${port}`);

// SQLite in DATA_DIR, or PostgreSQL with DATABASE_URL (several instances seed once, under its lock).
const { store, exclusive } = await openStore();
if (cluster.isPrimary)
  await exclusive(async () => {
    await seedDemo(store, libraryModules(), new Date());
    // The load benchmark's 40-field module with routing and fees.
    await store.modules.publish('montebello', benchModule(), new Date());
  });

if (cluster.isPrimary && processes > 1) {
  const workers = startProcesses(processes, { oidc: undefined, config: {} }, ready);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      void workers
        .stop(signal)
        .then(() => store.close())
        .then(() => process.exit(0));
    });
} else {
  const app = createApp({ store, authenticate: testAuthenticate });
  // A bare Hono endpoint in the same process, for the benchmark's ratio.
  const bare = new Hono().post('/bare', async (c) =>
    c.json({ ok: true, size: JSON.stringify(await c.req.json()).length }, 201),
  );
  // The bindings (Node's request and response) pass on: the app's security headers use them.
  const fetch = (req: Request, env: unknown) =>
    req.url.endsWith('/bare') ? bare.fetch(req, env) : app.fetch(req, env);
  const server = serve({ fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, (info) =>
    cluster.isWorker ? process.send!({ listening: info.port }) : ready(info.port),
  );
  stopOnSignal(server, () => store.close());
}
