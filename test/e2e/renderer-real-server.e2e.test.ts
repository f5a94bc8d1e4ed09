import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeBrowser, launchBrowser } from './browser';
import { ensureEmbedBuilt } from './rendererSession';
import type { RunningServer } from './startServer';
import { startServer } from './startServer';

// The whole citizen path against the real server (child process, demo identity provider, SQLite):
// the embed on the /demo Comune page, login, filing, receipt, rating, personal area.
let browser: Browser | undefined;
let server: RunningServer | undefined;
// The server transpiles and seeds on start: ~30 s on a loaded 2-core machine.
beforeAll(async () => {
  ensureEmbedBuilt();
  browser = await launchBrowser();
  server = await startServer(150_000);
}, 240_000);
afterAll(async () => {
  await closeBrowser(browser);
  await server?.stop();
});
/** Picks the option at `index` of a choice field, a select or a group of radios. */
async function choose(page: Page, field: string, index: number): Promise<void> {
  const form = page.locator('modulo-form');
  const control = form.locator(`#modulo-${MODULE}_${field}`);
  if ((await control.count()) && (await control.evaluate((e) => e.tagName)) === 'SELECT')
    await control.selectOption({ index: index + 1 });
  else await form.locator(`label[for="modulo-${MODULE}_${field}-${index}"]`).click();
}

async function newPage(): Promise<Page> {
  if (!browser || !server) throw new Error('no browser or server');
  const context = await browser.newContext({ baseURL: server.url, locale: 'it-IT', acceptDownloads: true });
  return context.newPage();
}
const MODULE = 'segnalazione-disservizio';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('a citizen files a library module in the embed on the demo Comune site', () => {
  it(
    'logs in, fills, submits, downloads the receipt, rates the service and finds the pratica',
    { timeout: 180_000 },
    async () => {
      const page = await newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`/demo/montebello/servizi/${MODULE}`);
      const form = page.locator('modulo-form');

      // Login through the demo identity provider, back to the same page.
      await form.getByRole('link', { name: 'Accedi con SPID o CIE' }).click();
      await page.waitForURL(/\/interaction\//);
      await page.locator('#persona').selectOption('demo:mario-rossi');
      await page.locator('#level').selectOption('SpidL2');
      await Promise.all([
        page.waitForURL(`**/demo/montebello/servizi/${MODULE}`),
        page.locator('button[type=submit]').first().click(),
      ]);

      // A draft left by an earlier run of this file on the same data directory: start over.
      const first = await form.locator('h2').first().textContent();
      if (first === 'Hai una richiesta in sospeso') await form.getByText('Ricomincia da capo').click();
      await expect(form.locator('h2').first().textContent()).resolves.toBe(
        'Informativa sul trattamento dei dati personali',
      );
      await form.getByText('Ho letto e compreso').click();
      await form.getByRole('button', { name: 'Avanti' }).click();

      // Applicant data from the identity, the code read-only.
      await expect(form.locator('h2').first().textContent()).resolves.toBe('Chi segnala');
      const cf = form.locator(`#modulo-${MODULE}_codiceFiscale`);
      await expect(cf.inputValue()).resolves.toBe('RSSMRA80A01H501U');
      await expect(cf.getAttribute('readonly')).resolves.not.toBeNull();
      await form.getByRole('button', { name: 'Avanti' }).click();

      // A conditional branch (the place shows for a road problem), an attachment, the rest.
      await expect(form.locator('h2').first().textContent()).resolves.toBe('Il problema');
      await choose(page, 'comune', 0);
      await expect(form.locator(`#modulo-${MODULE}_luogo`).count()).resolves.toBe(0);
      await choose(page, 'categoria', 0);
      await form.locator(`#modulo-${MODULE}_luogo`).fill('Via Roma 12');
      await form.locator(`#modulo-${MODULE}_dataProblema`).fill('2026-12-01');
      await form.locator(`#modulo-${MODULE}_descrizione`).fill('Buca profonda davanti al civico 12.');
      await form
        .locator('input[type=file]')
        .setInputFiles({ name: 'buca.png', mimeType: 'image/png', buffer: PNG });
      await expect(form.getByText('buca.png').first().isVisible()).resolves.toBe(true);
      await choose(page, 'vuoiRisposta', 0);
      await form.getByRole('button', { name: 'Avanti' }).click();
      await expect(form.locator('h2').first().textContent()).resolves.toBe('Dichiarazioni e privacy');
      await form.locator(`label[for="modulo-${MODULE}_privacy"]`).click();
      await form.getByRole('button', { name: 'Avanti' }).click();

      // Summary, submit, confirmation with the protocol number.
      await expect(form.locator('h2').first().textContent()).resolves.toBe('Riepilogo');
      await form.getByRole('button', { name: 'Invia la richiesta' }).click();
      await form.locator('[data-element=confirmation]').waitFor();
      const lead = (await form.locator('.modulo-lead').textContent())!;
      const code = /[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/.exec(lead)?.[0];
      expect(code, lead).toBeDefined();
      const protocol = await form.locator('.modulo-summary__row').first().textContent();
      expect(protocol).toMatch(/Protocollo.*\d+/i);
      await expect(form.locator('[data-element=confirmation]').textContent()).resolves.toContain(
        'mario.rossi@example.it',
      );

      // The receipt: a PDF of this pratica.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        form.getByText('Scarica la ricevuta').click(),
      ]);
      const receipt = await (await download.createReadStream()).toArray();
      expect(Buffer.concat(receipt).subarray(0, 5).toString()).toBe('%PDF-');

      // The rating, stored on the server for this pratica.
      await form.locator('[data-element="feedback-rate-4"]').click();
      await form.getByText('Le domande erano chiare').click();
      await form.getByRole('button', { name: 'Avanti' }).click();
      await form.locator('#modulo-rating-detail').fill('Tutto chiaro.');
      await form.getByRole('button', { name: 'Invia' }).click();
      await form.locator('[data-element="feedback-rating-thanks"]').waitFor();
      const stored = await page.evaluate(
        async (c) => (await fetch(`/api/pratiche/${c}/rating`)).json(),
        code!,
      );
      expect(stored).toMatchObject({
        rating: { score: 4, followUp: 'clear-questions', comment: 'Tutto chiaro.' },
      });

      // The personal area lists it.
      await page.goto('/demo/montebello/area-personale');
      const area = page.locator('modulo-area-personale');
      await area.getByText(code!).first().waitFor();
      expect(problems).toEqual([]);
    },
  );
});
