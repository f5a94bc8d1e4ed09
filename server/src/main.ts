import { serve } from '@hono/node-server';
import { join } from 'node:path';
import { libraryModules } from '@modulo/form-library';
import { createApp } from './app';
import { seedDemo } from './seed/seedDemo';
import { openSqliteStore } from './storage/sqlite/openSqliteStore';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const file = join(process.env.DATA_DIR ?? 'data', 'modulo.sqlite');

const store = openSqliteStore(file);
const seeded = await seedDemo(store, libraryModules(), new Date());

const server = serve({ fetch: createApp({ store }).fetch, port, hostname: host }, (info) => {
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}`;
  console.log(`Modulo is running (database ${file}${seeded ? ', demo data created' : ''}).
  Catalogo dei moduli:  ${base}/
  API (moduli JSON):    ${base}/api/modules
  Enti (JSON):          ${base}/api/entes
  API reference:        ${base}/api/docs
  OpenAPI 3.1:          ${base}/api/openapi.json
  Verifica ricevuta:    ${base}/api/verify/<codice>?hash=<sha256>
  Designer:             (not served yet)
  Renderer / embed:     (not served yet)
  Login (demo):         (not served yet)
Stop with Ctrl+C.`);
});

// A clean stop waits for queued filings to commit before closing the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void store.close().then(() => process.exit(0));
  });
}
