import { serve } from '@hono/node-server';
import { join } from 'node:path';
import { createApp } from './app';
import { openSqliteStore } from './storage/sqlite/openSqliteStore';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const file = join(process.env.DATA_DIR ?? 'data', 'modulo.sqlite');

const store = openSqliteStore(file);

const server = serve({ fetch: createApp({ store }).fetch, port, hostname: host }, (info) => {
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}`;
  console.log(`Modulo is running (database ${file}).
  Catalogo dei moduli:  ${base}/
  API (moduli JSON):    ${base}/api/modules
  API reference:        ${base}/api/docs
  OpenAPI 3.1:          ${base}/api/openapi.json
Stop with Ctrl+C.`);
});

// A clean stop waits for queued filings to commit before closing the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void store.close().then(() => process.exit(0));
  });
}
