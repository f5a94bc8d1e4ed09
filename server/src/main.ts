import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
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
import { openStore } from './storage/openStore';
import { serverProcesses, startProcesses } from './serverProcesses';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
// PROCESSES=N (or "auto": one per core): N processes serve HTTP on the port, each with its own
// connection to the database; this one seeds, runs the clock, notifications and the demo
// identity provider (docs/decisions/2026-12-03-server-processes.md).
const processes = serverProcesses(process.env.PROCESSES);
if (cluster.isWorker) await import('./serveWorker');
else await primary();

async function primary() {
  // SQLite at DATA_DIR/modulo.sqlite, or PostgreSQL with DATABASE_URL=postgres://... (several
  // instances: the demo is seeded once, under the database's advisory lock).
  const { store, description, exclusive } = await openStore();
  const seeded = await exclusive(() => seedDemo(store, libraryModules(), new Date()));
  // EMBED_ORIGINS=https://www.comune.example.it,...: more sites where every ente's forms may be
  // embedded (CORS, login return), e.g. a test Comune page on another origin. Added to every ente's
  // list at each start (it wins over an admin's PUT /api/entes/:ente/embed-origins until then).
  for (const origin of (process.env.EMBED_ORIGINS ?? '').split(',').filter(Boolean))
    for (const ente of await store.entes.list())
      if (!ente.embedOrigins.includes(origin))
        await store.entes.put({ ...ente, embedOrigins: [...ente.embedOrigins, origin] });
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

  // HANDOVER_TTL_SECONDS=5: a shorter life for the login's one-time code (the e2e test of an
  // expired one); 60 s by default.
  const handoverTtl = Number(process.env.HANDOVER_TTL_SECONDS);
  const config = handoverTtl > 0 ? { handoverTtlSeconds: handoverTtl } : {};
  const banner = (boundPort: number) => {
    const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${boundPort}`;
    console.log(`Modulo is running (database ${description}${seeded ? ', demo data created' : ''}).
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
  }${processes > 1 ? `\n  ${processes} server processes (PROCESSES)` : ''}
Stop with Ctrl+C.`);
  };

  if (processes > 1) {
    const workers = startProcesses(processes, { oidc, config }, banner);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        stopScheduler();
        // The workers drain their queued filings and close; then the notifications and the database.
        void workers
          .stop(signal)
          .then(() => stopNotifications())
          .then(() => Promise.all([store.close(), idp?.close()]))
          .then(() => process.exit(0));
      });
    }
    return;
  }
  const server = serve({ fetch: createApp({ store, oidc, config }).fetch, port, hostname: host }, (info) =>
    banner(info.port),
  );

  // Behind a load balancer the balancer must close idle keep-alive connections before Node does:
  // otherwise it may send a request on a connection Node is closing (Node's default is 5 s, as is
  // HAProxy's idle pool), and the citizen's POST fails with no answer. 65 s > any balancer's idle.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }

  // A clean stop waits for queued filings to commit before closing the database.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close();
      stopScheduler();
      // The notification run in progress ends before the database closes under it.
      void stopNotifications()
        .then(() => Promise.all([store.close(), idp?.close()]))
        .then(() => process.exit(0));
    });
  }
}
