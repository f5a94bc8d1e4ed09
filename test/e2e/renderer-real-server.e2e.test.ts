import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { ComuneStack } from './comuneStack';
import { startComuneStack } from './comuneStack';
import { CSP } from './rendererFixture';
import { expectAccessible } from './rendererSession';
import type { RunningServer } from './startServer';

// The whole citizen path against the real server (child process, demo identity provider, a fresh
// SQLite file): the embed on a Comune page of ANOTHER site (http://localhost:P vs the server's
// http://127.0.0.1:Q) served with a strict CSP, the login, a conditional branch, a fee computed
// live, a draft saved and resumed on its step after a reload, an attachment, filing, the receipt, the rating,
// the personal area embedded on the same Comune site, and "Esci".
const MODULE = 'occupazione-suolo-pubblico-temporanea';
const ENTE = 'montebello';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let browser: Browser | undefined;
let server: RunningServer | undefined;
let context: BrowserContext | undefined;
let comuneOrigin = '';
let stack: ComuneStack | undefined;

beforeAll(async () => {
  stack = await startComuneStack(ENTE, 'modulo-real-server-');
  ({ browser, server } = stack);
  comuneOrigin = stack.comune.origin;
}, 240_000);
afterAll(async () => {
  await context?.close();
  await stack?.stop();
});

const id = (field: string) => `#modulo-${MODULE}_${field}`;
const heading = (form: Locator) => form.locator('h2').first().textContent();
const isoDay = (daysFromToday: number) =>
  new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

/** Picks the option at `index` of a group of radios. */
const choose = (form: Locator, field: string, index: number) =>
  form.locator(`label[for="modulo-${MODULE}_${field}-${index}"]`).click();

/** "Avanti", then the next step's heading; the step's error summary in the failure message. */
async function next(form: Locator, expected: string): Promise<void> {
  await form.getByRole('button', { name: 'Avanti' }).click();
  const summary = form.locator('.modulo-error-summary');
  const why = (await summary.count()) ? await summary.textContent() : '';
  await expect(heading(form), why ?? '').resolves.toBe(expected);
}

describe('a citizen files a library module embedded on a Comune site of another origin', () => {
  it(
    "logs in, fills (condition, live fee, attachment), saves a draft, resumes it after a reload, files, downloads the receipt, rates, finds the pratica — under script-src 'self' <server>",
    { timeout: 240_000 },
    async () => {
      // Chromium blocks third-party cookies: the embed cannot rely on the server's cookie.
      context = await browser!.newContext({ locale: 'it-IT', acceptDownloads: true });
      const page: Page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      const start = `${comuneOrigin}/servizi/${MODULE}`;
      const response = await page.goto(start);
      expect(response!.headers()['content-security-policy']).toBe(CSP(server!.url));
      expect(new URL(start).hostname).not.toBe(new URL(server!.url).hostname);
      const form = page.locator('modulo-form');

      // Login through the demo identity provider, back to the Comune's page.
      await form.getByRole('link', { name: 'Accedi con SPID o CIE' }).click();
      await page.waitForURL(/\/interaction\//);
      await page.locator('#persona').selectOption('demo:mario-rossi');
      await page.locator('#level').selectOption('SpidL2');
      await Promise.all([page.waitForURL(start), page.locator('button[type=submit]').first().click()]);
      // The session came in the fragment (third-party cookies are blocked) and left the address.
      expect(page.url()).toBe(start);

      await expect(heading(form)).resolves.toBe('Informativa sul trattamento dei dati personali');
      await form.getByText('Ho letto e compreso').click();
      await next(form, 'Chi fa la domanda');

      // Applicant data from the identity, the code read-only (the session cookie crossed sites).
      const cf = form.locator(id('codiceFiscale'));
      await expect(cf.inputValue()).resolves.toBe('RSSMRA80A01H501U');
      await expect(cf.getAttribute('readonly')).resolves.not.toBeNull();
      // The identity's address is only a formatted line: the parts are typed.
      const address = { street: 'Via Roma', number: '1', cap: '00184', comune: 'Roma', provincia: 'RM' };
      for (const [part, value] of Object.entries(address))
        await form.locator(id(`residenza_${part}`)).fill(value);
      await choose(form, 'inQualitaDi', 0);
      await next(form, 'L’occupazione');

      // A conditional branch: "altro" asks what for.
      await expect(form.locator(id('altroMotivo')).count()).resolves.toBe(0);
      await choose(form, 'motivoOccupazione', 4);
      await form.locator(id('altroMotivo')).fill('Raccolta firme');
      await form.locator(id('indirizzoOccupazione')).fill('Piazza Garibaldi 3');
      await form.locator(id('dataInizio')).fill(isoDay(10));
      await form.locator(id('dataFine')).fill(isoDay(12));
      await choose(form, 'orario', 0);
      await choose(form, 'modificaViabilita', 1);

      // The fee, live: 1,20 € × m² × days (at least 10 €) plus two revenue stamps of 16 €.
      const total = form.locator('.modulo-fees__total dd');
      await expect(total.textContent()).resolves.toBe('€ 42,00');
      await form.locator(id('giorni')).fill('3');
      await form.locator(id('superficie')).fill('12');
      await expect.poll(() => total.textContent()).toBe('€ 75,20');

      // "Salva e continua più tardi", reload, resume.
      await form.getByRole('button', { name: 'Salva e continua più tardi' }).click();
      await expect.poll(() => form.getByRole('status').last().textContent()).toContain('Bozza salvata');
      await page.reload();
      await expect(heading(form)).resolves.toBe('Hai una richiesta in sospeso');
      await form.getByRole('button', { name: 'Riprendi la bozza' }).click();
      // The step it was saved on (stored with the draft on the server), not the first incomplete
      // one ("Allegati"); its answers and the fee are kept.
      await expect(heading(form)).resolves.toBe('L’occupazione');
      await expect(form.locator(id('altroMotivo')).inputValue()).resolves.toBe('Raccolta firme');
      await expect(form.locator(id('superficie')).inputValue()).resolves.toBe('12');
      await expect(total.textContent()).resolves.toBe('€ 75,20');
      await next(form, 'Allegati');

      await form
        .locator('input[type=file]')
        .first()
        .setInputFiles({ name: 'planimetria.png', mimeType: 'image/png', buffer: PNG });
      await expect(form.getByText('planimetria.png').first().isVisible()).resolves.toBe(true);
      // Uploaded with the bearer session (XMLHttpRequest, for the progress bar).
      await expect
        .poll(() => form.locator('.modulo-upload__item').first().textContent())
        .toMatch(/Caricato|non riuscito|errore|error/i);
      await expect(form.locator('.modulo-upload__item').first().textContent()).resolves.toContain('Caricato');
      await next(form, 'Dichiarazioni e privacy');
      await form.locator(id('numeroMarcaBollo')).fill('01234567890123');
      await form.locator(id('dataMarcaBollo')).fill(isoDay(0));
      for (const consent of ['impegnoRipristino', 'dichiarazioneVeridicita', 'privacy'])
        await form.locator(`label[for="modulo-${MODULE}_${consent}"]`).click();
      await next(form, 'Riepilogo');

      // Submit, confirmation with the protocol number and the fees.
      await form.getByRole('button', { name: 'Invia la richiesta' }).click();
      await form.locator('[data-element=confirmation]').waitFor();
      const lead = (await form.locator('.modulo-lead').textContent())!;
      const code = /[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/.exec(lead)?.[0];
      expect(code, lead).toBeDefined();
      const confirmation = (await form.locator('[data-element=confirmation]').textContent())!;
      expect(confirmation).toMatch(/Protocollo.*\d+/i);
      expect(confirmation).toContain('mario.rossi@example.it');
      expect(confirmation).toContain('75,20');

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
      const stored = await context.request.get(`${server!.url}/api/pratiche/${code}/rating`);
      await expect(stored.json()).resolves.toMatchObject({
        rating: { score: 4, followUp: 'clear-questions', comment: 'Tutto chiaro.' },
      });

      // The personal area, embedded on the same Comune site, lists it.
      const areaPage = `${comuneOrigin}/area-personale`;
      await page.goto(areaPage);
      const area = page.locator('modulo-area-personale');
      await area.getByText(code!).first().waitFor();
      // axe and the 320 px reflow on the list and on the pratica (timeline, messages, documents).
      await expectAccessible(page);
      await page.setViewportSize({ width: 1280, height: 720 });
      await area.locator(`button[data-code="${code}"]`).click();
      await area.locator('[data-element="pratica"]').waitFor();
      await expect(area.locator('[data-element="pratica-status"]').textContent()).resolves.toBe('Presentata');
      await expectAccessible(page);
      await page.setViewportSize({ width: 1280, height: 720 });
      await area.getByRole('button', { name: 'Torna alle pratiche' }).click();
      await area.locator(`button[data-code="${code}"]`).waitFor();

      // "Esci" from the area, by keyboard: the server ends the header session, the area asks for
      // the login (focused), and logging in again from there returns to the area with the list.
      const areaSession = await page.evaluate(
        (key) => sessionStorage.getItem(key),
        `modulo-session:${server!.url}`,
      );
      await expect(area.locator('.modulo-session').textContent()).resolves.toContain(
        'Hai effettuato l’accesso come',
      );
      await area.getByRole('button', { name: 'Esci' }).focus();
      await page.keyboard.press('Enter');
      const login = area.getByRole('link', { name: 'Accedi con SPID o CIE' });
      await login.waitFor();
      await expect(area.getByText(code!).count()).resolves.toBe(0);
      await expect(login.evaluate((a) => (a.getRootNode() as ShadowRoot).activeElement === a)).resolves.toBe(
        true,
      );
      const refused = await fetch(`${server!.url}/api/me/pratiche`, {
        headers: { 'X-Modulo-Session': areaSession! },
      });
      expect(refused.status).toBe(401);
      await expectAccessible(page);
      await page.setViewportSize({ width: 1280, height: 720 });
      await login.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/interaction\//);
      await page.locator('#persona').selectOption('demo:mario-rossi');
      await Promise.all([page.waitForURL(areaPage), page.locator('button[type=submit]').first().click()]);
      await area.getByText(code!).first().waitFor();

      // "Esci" from the embed: the server ends the header session, the form asks for the login again.
      await page.goto(start);
      const session = await page.evaluate(
        (key) => sessionStorage.getItem(key),
        `modulo-session:${server!.url}`,
      );
      expect(session).toMatch(/^[\w-]{43}$/);
      await form.getByRole('button', { name: 'Esci' }).click();
      await form.getByRole('link', { name: 'Accedi con SPID o CIE' }).waitFor();
      await expect(
        page.evaluate((key) => sessionStorage.getItem(key), `modulo-session:${server!.url}`),
      ).resolves.toBeNull();
      const after = await fetch(`${server!.url}/api/me`, { headers: { 'X-Modulo-Session': session! } });
      expect(after.status).toBe(401);
      // The only console noise allowed: the 401s before the login, the 404s of "no draft saved".
      expect(problems.filter((p) => !/status of (401|404)/.test(p))).toEqual([]);
    },
  );
});
