import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from './axe';
import { closeBrowser, launchBrowser } from './browser';
import { loginWithDemoIdp, staffLogin } from './demoLogin';
import { buildDesigner } from './serveDesigner';
import type { RunningServer } from './startServer';
import { startServer } from './startServer';

// Issue 14 against the real server: a citizen files through the API; the ente admin opens the
// Pratiche area, finds it in the inbox, takes it in charge and requests an integration; the
// citizen answers through POST /api/pratiche/{code}/messages; the operator concludes with an
// uploaded final document; the citizen's GET shows the outcome. axe on the pratica page with
// real data. Each step waits for the state it needs (no fixed sleeps).

const ENTE = 'montebello';
const MODULE = 'segnalazione-disservizio';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

let browser: Browser | undefined;
let server: RunningServer | undefined;
let dataDir: string | undefined;
let staff: Page;
let citizen: Page;
let code = '';

/** A fetch from the citizen's page, with the session's CSRF token on writes. */
const citizenFetch = (method: 'GET' | 'POST', path: string, body?: unknown) =>
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

const expectNoViolations = async (what: string) => {
  const v = await axeViolations(staff);
  expect(v, formatViolations(what, v)).toEqual([]);
};

/** The pratica page's "Stato" value. */
const stateShown = () =>
  staff.locator('.modulo-pratica dt', { hasText: /^Stato$/ }).locator('xpath=following-sibling::dd[1]');

/** Today in Rome plus `days`, as YYYY-MM-DD. */
const romeDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

beforeAll(async () => {
  buildDesigner();
  dataDir = mkdtempSync(join(tmpdir(), 'modulo-backoffice-e2e-'));
  browser = await launchBrowser();
  server = await startServer(60_000, { DATA_DIR: dataDir });
  const staffContext = await browser.newContext({
    baseURL: server.url,
    locale: 'it-IT',
    viewport: { width: 1280, height: 1600 },
  });
  staff = await staffContext.newPage();
  staff.setDefaultTimeout(20_000);
  const citizenContext = await browser.newContext({ baseURL: server.url, locale: 'it-IT' });
  citizen = await citizenContext.newPage();
  citizen.setDefaultTimeout(20_000);
}, 180_000);

afterAll(async () => {
  await closeBrowser(browser);
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('back office against the real server: file, take in charge, integrate, conclude', () => {
  it('a citizen files a pratica through the API', async () => {
    await loginWithDemoIdp(
      citizen,
      '/auth/login?returnTo=/api/me&level=2',
      'demo:laura-bianchi',
      '**/api/me',
    );
    const me = await citizenFetch('GET', '/api/me');
    const who = me.body.citizen as { fiscalNumber: string; givenName?: string; familyName?: string };
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
        descrizione: 'Allo sportello anagrafe la coda non scorre da due ore.',
        vuoiRisposta: false,
        privacy: true,
      },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    code = (filed.body.pratica as { code: string }).code;
    expect(code).toMatch(/^[A-Z0-9-]{4,20}$/);
  });

  it('the ente admin logs in, finds it in the Pratiche inbox and opens it (axe clean)', async () => {
    const area = `/designer/?area=pratiche&ente=${ENTE}`;
    await loginWithDemoIdp(staff, staffLogin(ENTE, area), `demo:staff:${ENTE}:mtb-admin`, /\/designer\//);
    const row = staff.locator(`tr[data-code="${code}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('Presentata');
    await staff.getByRole('button', { name: new RegExp(`pratica ${code}$`) }).click();
    await staff.getByRole('heading', { name: 'Cronologia' }).waitFor();
    expect(await staff.locator('.modulo-pratica').innerText()).toContain(
      'Allo sportello anagrafe la coda non scorre',
    );
    await expectNoViolations('pratica (presented)');
  });

  it('takes it in charge, then requests an integration', async () => {
    await staff.locator('button[data-action="take_in_charge"]').click();
    await staff.getByRole('dialog').getByRole('button', { name: 'Conferma' }).click();
    await staff.locator('form[data-action-form]').waitFor({ state: 'detached' });
    await expect.poll(() => stateShown().innerText()).toMatch(/in carico/i);

    await staff.locator('button[data-action="request_integration"]').click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel('Che cosa deve integrare il cittadino').fill('Serve la ricevuta del ticket.');
    await dialog.getByLabel('Documenti richiesti').fill('Ricevuta del ticket\nDocumento di identità');
    await dialog.getByLabel(/^Entro il/).fill(romeDay(10));
    await dialog.getByRole('button', { name: 'Conferma' }).click();
    await staff.locator('form[data-action-form]').waitFor({ state: 'detached' });
    await expect.poll(() => stateShown().innerText()).toMatch(/integrazione/i);
    await staff.locator('li[data-outgoing="integration_request"]').waitFor();
    await expectNoViolations('pratica (integration requested)');
  });

  it('the citizen answers through the API, which integrates the pratica', async () => {
    const mine = await citizenFetch('GET', `/api/me/pratiche/${code}`);
    expect(mine.body.pratica).toMatchObject({ code, status: 'integration_requested' });
    const sent = await citizenFetch('POST', `/api/pratiche/${code}/messages`, {
      body: 'Allego la ricevuta del ticket e il documento.',
      attachments: [],
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body.status).toBe('integrated');
  });

  it('the operator sees the answer and concludes with an uploaded final document', async () => {
    await staff.getByRole('button', { name: 'Torna alle pratiche' }).click();
    await staff.getByRole('button', { name: new RegExp(`pratica ${code}$`) }).click();
    await staff.getByText('Allego la ricevuta del ticket e il documento.').waitFor();
    await expect.poll(() => stateShown().innerText()).toMatch(/integrat/i);
    await staff.getByLabel('Messaggio al cittadino').fill('Grazie, la ricevuta è completa.');
    await staff.getByRole('button', { name: 'Invia il messaggio' }).click();
    await staff.locator('.modulo-pratica li', { hasText: 'Grazie, la ricevuta è completa.' }).waitFor();
    await expectNoViolations('pratica (integrated, with messages)');

    await staff.locator('button[data-action="conclude"]').click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel('Accolta').check();
    await dialog.getByLabel('Motivazione del provvedimento').fill('Lo sportello è stato potenziato.');
    await dialog.getByLabel(/Provvedimento finale/).setInputFiles({
      name: 'provvedimento.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await dialog.getByRole('button', { name: 'Conferma' }).click();
    await staff.locator('form[data-action-form]').waitFor({ state: 'detached' });
    await staff.getByText('Nessuna azione possibile in questo stato.').waitFor();
    expect(await staff.locator('li[data-outgoing="decision"]').innerText()).toContain('Provvedimento finale');
    await expectNoViolations('pratica (concluded)');
  });

  it('the citizen’s GET of the pratica shows the outcome', async () => {
    const mine = await citizenFetch('GET', `/api/me/pratiche/${code}`);
    expect(mine.status).toBe(200);
    expect(mine.body.pratica).toMatchObject({ code, status: 'ended_by_positive_outcome' });
    const messages = await citizenFetch('GET', `/api/pratiche/${code}/messages`);
    expect(messages.body.messages).toMatchObject([
      { sender: 'citizen', body: 'Allego la ricevuta del ticket e il documento.' },
      { sender: 'office', body: 'Grazie, la ricevuta è completa.' },
    ]);
  });
});
