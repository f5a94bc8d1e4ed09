import { join } from 'node:path';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { DEMO_CLIENT } from './demoClient';
import { bindDemoStaff } from './demoStaff';
import { DEMO_LABEL } from './idpPages';
import { PUBLIC_PERSONAS } from './personas';
import { startDemoIdp } from './startDemoIdp';

// The demo identity provider as its own program: `tsx server/src/demo-idp/main.ts`.
// DEMO_IDP_PORT (default 3001, 0 = any), DEMO_IDP_HOST (127.0.0.1), DEMO_IDP_CLIENT_ID,
// DEMO_IDP_CLIENT_SECRET, DEMO_IDP_REDIRECT_URIS (comma-separated). With DEMO_IDP_DATA_DIR (the
// server's DATA_DIR) it offers a persona for each staff member there and binds them to it.
const idp = await startDemoIdp({
  port: Number(process.env.DEMO_IDP_PORT ?? 3001),
  host: process.env.DEMO_IDP_HOST ?? '127.0.0.1',
  clients: [DEMO_CLIENT],
  personas: PUBLIC_PERSONAS,
});
if (process.env.DEMO_IDP_DATA_DIR) {
  const store = openSqliteStore(join(process.env.DEMO_IDP_DATA_DIR, 'modulo.sqlite'));
  idp.setPersonas([...PUBLIC_PERSONAS, ...(await bindDemoStaff(store, idp.issuer))]);
  await store.close();
}
console.log(`${DEMO_LABEL}
  Issuer: ${idp.issuer}
  Client: ${DEMO_CLIENT.clientId} / ${DEMO_CLIENT.clientSecret}
Stop with Ctrl+C.`);
const stop = () => void idp.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
