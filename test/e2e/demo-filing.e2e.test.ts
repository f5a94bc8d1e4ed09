import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser } from './browser';
import { loginWithDemoIdp } from './demoLogin';
import { ensureEmbedBuilt } from './rendererSession';
import type { RunningServer } from './startServer';
import { startServer } from './startServer';

// The `npm start` demo, as a citizen tries it: the mock Comune site at /demo (same origin as the
// server, so the session travels in the first-party cookie, no code in the address), the demo
// identity provider, a library module filled in the embed, the confirmation with the protocol
// number and the pratica's code, and the personal area of the same site listing it.
const ENTE = 'montebello';
const MODULE = 'segnalazione-disservizio';

let browser: Browser | undefined;
let server: RunningServer | undefined;
let context: BrowserContext | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'modulo-demo-filing-'));

beforeAll(async () => {
  ensureEmbedBuilt();
  browser = await launchBrowser();
  server = await startServer(150_000, { DATA_DIR: dataDir });
}, 240_000);
afterAll(async () => {
  await context?.close();
  await closeBrowser(browser);
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const id = (field: string) => `#modulo-${MODULE}_${field}`;
const heading = (form: Locator) => form.locator('h2').first().textContent();
const choose = (form: Locator, field: string, index: number) =>
  form.locator(`label[for="modulo-${MODULE}_${field}-${index}"]`).click();
const yesterday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(Date.now() - 86_400_000));

/** "Avanti", then the next step's heading; the step's error summary in the failure message. */
async function next(form: Locator, expected: string): Promise<void> {
  await form.getByRole('button', { name: 'Avanti' }).click();
  const summary = form.locator('.modulo-error-summary');
  const why = (await summary.count()) ? await summary.textContent() : '';
  await expect(heading(form), why ?? '').resolves.toBe(expected);
}

describe('the /demo Comune site of `npm start`', () => {
  it(
    'a citizen logs in with the demo IdP, files a library module, sees protocol number and code, and finds it in the personal area',
    { timeout: 240_000 },
    async () => {
      context = await browser!.newContext({ baseURL: server!.url, locale: 'it-IT' });
      const page: Page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));

      // From the list of demo sites to the Comune's service page.
      await page.goto('/demo');
      await page.getByRole('link', { name: 'Comune di Montebello' }).click();
      await page.getByRole('link', { name: 'Segnalazione di un disservizio' }).click();
      const start = `${server!.url}/demo/${ENTE}/servizi/${MODULE}`;
      expect(page.url()).toBe(start);
      const form = page.locator('modulo-form');

      // The login, back to the same page: same site, the cookie goes, nothing in the address.
      const login = await form.getByRole('link', { name: 'Accedi con SPID o CIE' }).getAttribute('href');
      await loginWithDemoIdp(page, login!, 'demo:mario-rossi', start);
      expect(page.url()).toBe(start);

      await expect(heading(form)).resolves.toBe('Informativa sul trattamento dei dati personali');
      await form.getByText('Ho letto e compreso').click();
      await next(form, 'Chi segnala');
      await expect(form.locator(id('codiceFiscale')).inputValue()).resolves.toBe('RSSMRA80A01H501U');
      await expect(form.locator(id('nome')).inputValue()).resolves.toBe('Mario');
      await next(form, 'Il problema');

      await choose(form, 'comune', 0);
      await choose(form, 'categoria', 0);
      await form.locator(id('luogo')).fill('Via Roma 1');
      await form.locator(id('dataProblema')).fill(yesterday());
      await form.locator(id('descrizione')).fill('Buca profonda davanti al civico 1.');
      await choose(form, 'vuoiRisposta', 0);
      await next(form, 'Dichiarazioni e privacy');
      await form.locator(`label[for="modulo-${MODULE}_privacy"]`).click();
      await next(form, 'Riepilogo');
      await expect(form.locator('.modulo-summary').first().textContent()).resolves.toContain('Via Roma 1');

      await form.getByRole('button', { name: 'Invia la richiesta' }).click();
      await form.locator('[data-element=confirmation]').waitFor();
      await expect(heading(form)).resolves.toBe('Richiesta inviata');
      const confirmation = (await form.locator('[data-element=confirmation]').textContent())!;
      const code = /[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/.exec(confirmation)?.[0];
      expect(code, confirmation).toBeDefined();
      expect(confirmation).toMatch(/Protocollo\D*\d+/i);

      // The server has it, with that protocol number, for this citizen.
      const stored = (await (await context.request.get(`/api/me/pratiche/${code}`)).json()) as {
        pratica: { protocol: { number: number } };
      };
      expect(confirmation).toContain(String(stored.pratica.protocol.number));

      // The personal area of the same demo site lists it.
      await page.locator('header a').click();
      await page.getByRole('link', { name: 'Area personale: le mie pratiche' }).click();
      expect(page.url()).toBe(`${server!.url}/demo/${ENTE}/area-personale`);
      const area = page.locator('modulo-area-personale');
      await area.locator(`button[data-code="${code}"]`).waitFor();
      await expect(area.locator(`button[data-code="${code}"]`).textContent()).resolves.toContain(
        'Segnalazione di un disservizio',
      );
      // The only console noise allowed: the 401s before the login, the 404 of "no draft saved".
      expect(problems.filter((p) => !/status of (401|404)/.test(p))).toEqual([]);
    },
  );
});
