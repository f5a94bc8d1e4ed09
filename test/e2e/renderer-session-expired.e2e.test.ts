import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { ComuneSite } from './comuneSite';
import type { ComuneStack } from './comuneStack';
import { startComuneStack } from './comuneStack';
import { expectAccessible } from './rendererSession';
import type { RunningServer } from './startServer';

// The login's one-time code expires before the Comune's page exchanges it (a slow return): the
// real server (HANDOVER_TTL_SECONDS shortens the code's life from 60 s, not a sleep of a minute)
// answers 410, and the citizen reads why in Italian, logs in again, and finds the draft saved.
const MODULE = 'occupazione-suolo-pubblico-temporanea';
const ENTE = 'montebello';
const TTL_SECONDS = 6;

let browser: Browser | undefined;
let server: RunningServer | undefined;
let context: BrowserContext | undefined;
let comune: ComuneSite | undefined;
let stack: ComuneStack | undefined;

beforeAll(async () => {
  stack = await startComuneStack(ENTE, 'modulo-session-expired-', {
    HANDOVER_TTL_SECONDS: String(TTL_SECONDS),
  });
  ({ browser, server, comune } = stack);
}, 240_000);
afterAll(async () => {
  await context?.close();
  await stack?.stop();
});

const heading = (form: Locator) => form.locator('h2').first().textContent();

/** "Accedi con SPID o CIE" in the embed, Mario Rossi at the demo identity provider, back. */
async function logIn(page: Page, form: Locator, back: string): Promise<void> {
  await form.getByRole('link', { name: 'Accedi con SPID o CIE' }).click();
  await page.waitForURL(/\/interaction\//);
  await page.locator('#persona').selectOption('demo:mario-rossi');
  await Promise.all([page.waitForURL(back), page.locator('button[type=submit]').first().click()]);
}

describe('an expired login code on a Comune site', () => {
  it(
    'says so in Italian, offers the login again, and the draft saved before is still there',
    { timeout: 240_000 },
    async () => {
      context = await browser!.newContext({ locale: 'it-IT' });
      const page = await context.newPage();
      const start = `${comune!.origin}/servizi/${MODULE}`;
      const form = page.locator('modulo-form');
      const exchanges: number[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith(`/api/entes/${ENTE}/session-handover`)) exchanges.push(r.status());
      });
      await page.goto(start);
      await logIn(page, form, start);

      // A draft saved on the first step.
      await expect(heading(form)).resolves.toBe('Informativa sul trattamento dei dati personali');
      await form.getByText('Ho letto e compreso').click();
      await form.getByRole('button', { name: 'Avanti' }).click();
      await expect(heading(form)).resolves.toBe('Chi fa la domanda');
      await form.locator(`#modulo-${MODULE}_residenza_street`).fill('Via Roma');
      await form.getByRole('button', { name: 'Salva e continua più tardi' }).click();
      await expect.poll(() => form.getByRole('status').last().textContent()).toContain('Bozza salvata');

      // Out, and in again; this time the way back to the Comune's page takes longer than the code lasts.
      await form.getByRole('button', { name: 'Esci' }).click();
      comune!.holdNextPage((TTL_SECONDS + 1) * 1000);
      await logIn(page, form, start);
      const refused = form.locator('[data-element="login-refused"]');
      await refused.waitFor().catch((e: unknown) => {
        throw new Error(`no refusal shown; exchanges ${exchanges.join(', ')}: ${String(e)}`);
      });
      expect(exchanges).toEqual([200, 410]);
      await expect(refused.getAttribute('role')).resolves.toBe('alert');
      await expect(refused.textContent()).resolves.toBe(
        'L’accesso non è stato completato: il codice di accesso è scaduto (vale un minuto). Accedi di nuovo: le bozze salvate restano disponibili.',
      );
      // No session kept: the code is gone from the address, nothing in the tab's storage.
      expect(page.url()).toBe(start);
      await expect(
        page.evaluate((key) => sessionStorage.getItem(key), `modulo-session:${server!.url}`),
      ).resolves.toBeNull();

      // axe (WCAG 2.1 A/AA) and the 320 px reflow on the refusal.
      await expectAccessible(page);
      await page.setViewportSize({ width: 1280, height: 720 });

      // The login again, in time: the draft is offered, with what was typed.
      await logIn(page, form, start);
      await expect(heading(form)).resolves.toBe('Hai una richiesta in sospeso');
      await expect(form.locator('[data-element="login-refused"]').count()).resolves.toBe(0);
      await form.getByRole('button', { name: 'Riprendi la bozza' }).click();
      await expect(heading(form)).resolves.toBe('Chi fa la domanda');
      await expect(form.locator(`#modulo-${MODULE}_residenza_street`).inputValue()).resolves.toBe('Via Roma');
      expect(exchanges).toEqual([200, 410, 200]);
    },
  );
});
