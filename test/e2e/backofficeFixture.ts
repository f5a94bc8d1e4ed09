import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { closeBrowser, launchBrowser } from './browser';
import { loginWithDemoIdp, staffLogin } from './demoLogin';
import { ensureEmbedBuilt } from './rendererSession';
import { buildDesigner } from './serveDesigner';
import type { RunningServer } from './startServer';
import { startServer } from './startServer';

// The back office's e2e setup, shared by backoffice-pratica and backoffice-keyboard: the real
// server on a fresh SQLite directory, Debian's Chromium, a citizen (Laura Bianchi, demo IdP) who
// files a segnalazione through the API, and a staff page logged in to the Pratiche area.

/** The demo ente and the library module the back-office tests file. */
export const ENTE = 'montebello';
export const MODULE = 'segnalazione-disservizio';
/** A tiny but real PDF (its magic bytes are what the upload checks). */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** Today in Rome plus `days`, as YYYY-MM-DD. */
export const romeDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

export interface BackofficeFixture {
  browser: Browser;
  server: RunningServer;
  /** The citizen's page (logged in once `fileSegnalazione` ran). */
  citizen: Page;
  /** A fetch from the citizen's page, with the session's CSRF token on writes. */
  citizenFetch(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Logs the citizen in and files a segnalazione through the API; its pratica code. */
  fileSegnalazione(descrizione: string): Promise<string>;
  /** A staff page of `staffId` (e.g. `mtb-admin`), logged in, on the Pratiche area's inbox. */
  staffInPratiche(staffId: string, viewport: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts the server (`DATA_DIR` a new temporary directory, removed by `close`) and the browser,
 * after building the designer (and the embed, for the personal area, when `embed`).
 */
export async function startBackofficeFixture(options: {
  name: string;
  embed?: boolean;
}): Promise<BackofficeFixture> {
  buildDesigner();
  if (options.embed) ensureEmbedBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), `modulo-${options.name}-`));
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const close = async () => {
    await closeBrowser(browser);
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    browser = await launchBrowser();
    server = await startServer(60_000, { DATA_DIR: dataDir });
    const citizenContext = await browser.newContext({ baseURL: server.url, locale: 'it-IT' });
    const citizen = await citizenContext.newPage();
    citizen.setDefaultTimeout(20_000);
    const citizenFetch: BackofficeFixture['citizenFetch'] = (method, path, body) =>
      citizen.evaluate(
        async ({ method, path, body }) => {
          const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
          const res = await fetch(path, {
            method,
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          });
          return { status: res.status, body: (await res.json()) as Record<string, unknown> };
        },
        { method, path, body },
      );
    const fileSegnalazione = async (descrizione: string) => {
      await loginWithDemoIdp(
        citizen,
        '/auth/login?returnTo=/api/me&level=2',
        'demo:laura-bianchi',
        '**/api/me',
      );
      const me = await citizenFetch('GET', '/api/me');
      const who = me.body['citizen'] as { fiscalNumber: string; givenName?: string; familyName?: string };
      const filed = await citizenFetch('POST', `/api/entes/${ENTE}/modules/${MODULE}/submissions`, {
        version: '1.0.0',
        answers: {
          codiceFiscale: who.fiscalNumber,
          nome: who.givenName,
          cognome: who.familyName,
          email: 'laura.bianchi@example.it',
          comune: 'borgoDemo',
          categoria: 'sportello',
          ufficio: 'Anagrafe',
          dataProblema: romeDay(-1),
          descrizione,
          vuoiRisposta: false,
          privacy: true,
        },
      });
      const pratica = filed.body['pratica'] as { code: string } | undefined;
      if (filed.status !== 201 || !pratica)
        throw new Error(`filing: ${filed.status} ${JSON.stringify(filed.body)}`);
      return pratica.code;
    };
    const staffInPratiche = async (staffId: string, viewport: { width: number; height: number }) => {
      const context = await browser!.newContext({ baseURL: server!.url, locale: 'it-IT', viewport });
      const staff = await context.newPage();
      staff.setDefaultTimeout(20_000);
      const area = `/designer/?area=pratiche&ente=${ENTE}`;
      await loginWithDemoIdp(staff, staffLogin(ENTE, area), `demo:staff:${ENTE}:${staffId}`, /\/designer\//);
      return staff;
    };
    return { browser, server, citizen, citizenFetch, fileSegnalazione, staffInPratiche, close };
  } catch (error) {
    await close();
    throw error;
  }
}
