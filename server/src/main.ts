import { serve } from '@hono/node-server';
import { join } from 'node:path';
import { libraryModules } from '@modulo/form-library';
import { createApp } from './app';
import { seedDemo } from './seed/seedDemo';
import { startBackofficeScheduler } from './backoffice/runBackofficeClock';
import { startNotifications } from './backoffice/notify/startNotifications';
import type { OidcSettings } from './auth/oidcClient';
import { DEMO_CLIENT } from './demo-idp/demoClient';
import { bindDemoStaff, DEMO_STAFF_PASSWORD } from './demo-idp/demoStaff';
import { DEMO_LABEL } from './demo-idp/idpPages';
import { PUBLIC_PERSONAS } from './demo-idp/personas';
import type { RunningDemoIdp } from './demo-idp/startDemoIdp';
import { startDemoIdp } from './demo-idp/startDemoIdp';
import { openSqliteStore } from './storage/sqlite/openSqliteStore';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const file = join(process.env.DATA_DIR ?? 'data', 'modulo.sqlite');

const store = openSqliteStore(file);
const seeded = await seedDemo(store, libraryModules(), new Date());
// The legal clock runs by itself: silenzio-assenso, overdue and escalation, suspensions' end.
const stopScheduler = startBackofficeScheduler(
  store,
  () => new Date(),
  Number(process.env.SCHEDULER_INTERVAL_MS ?? 3_600_000),
);
// Ente webhooks, and e-mails to responsibles and citizens when SMTP_URL is set (smtp://user:pass@host:587).
const stopNotifications = startNotifications(store, {
  ...(process.env.SMTP_URL ? { smtpUrl: process.env.SMTP_URL } : {}),
  ...(process.env.MAIL_FROM ? { mailFrom: process.env.MAIL_FROM } : {}),
  publicUrl: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
});

// Login: a real OIDC provider (a SPID/CIE gateway) when OIDC_ISSUER is set; otherwise the demo
// identity provider, in this process on its own port (DEMO_IDP_PORT, default PORT + 1).
let oidc: OidcSettings | undefined;
let idp: RunningDemoIdp | undefined;
if (process.env.OIDC_ISSUER) {
  oidc = {
    issuer: process.env.OIDC_ISSUER,
    clientId: process.env.OIDC_CLIENT_ID ?? 'modulo',
    clientSecret: process.env.OIDC_CLIENT_SECRET ?? '',
  };
} else if (process.env.DEMO_IDP !== 'off') {
  idp = await startDemoIdp({
    port: Number(process.env.DEMO_IDP_PORT ?? (port === 0 ? 0 : port + 1)),
    host,
    clients: [DEMO_CLIENT],
    personas: [],
  });
  const personas = [...PUBLIC_PERSONAS, ...(await bindDemoStaff(store, idp.issuer))];
  idp.setPersonas(personas);
  oidc = { issuer: idp.issuer, clientId: DEMO_CLIENT.clientId, clientSecret: DEMO_CLIENT.clientSecret };
}

const server = serve({ fetch: createApp({ store, oidc }).fetch, port, hostname: host }, (info) => {
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}`;
  console.log(`Modulo is running (database ${file}${seeded ? ', demo data created' : ''}).
  Catalogo dei moduli:  ${base}/
  Designer (staff):     ${base}/designer/
  Sito di prova (cittadini, moduli incorporati): ${base}/demo
  API (moduli JSON):    ${base}/api/modules
  Enti (JSON):          ${base}/api/entes
  API reference:        ${base}/api/docs
  OpenAPI 3.1:          ${base}/api/openapi.json
  Verifica ricevuta:    ${base}/verifica
  Accesso cittadino:    ${base}/auth/login?returnTo=/api/me
  Login (OIDC issuer):  ${oidc ? oidc.issuer : 'none (set OIDC_ISSUER)'}${
    idp ? `\n  ${DEMO_LABEL}: ${idp.issuer}/ (staff password: ${DEMO_STAFF_PASSWORD})` : ''
  }
Stop with Ctrl+C.`);
});

// A clean stop waits for queued filings to commit before closing the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    stopScheduler();
    stopNotifications();
    void Promise.all([store.close(), idp?.close()]).then(() => process.exit(0));
  });
}
