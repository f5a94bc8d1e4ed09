import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from './axe';
import type { BackofficeFixture } from './backofficeFixture';
import { ENTE, MODULE, PDF, romeDay, startBackofficeFixture } from './backofficeFixture';

// Issue 14's "Done when" against the real server: a citizen files through the API; the ente admin
// opens the Pratiche area, finds it in the inbox, takes it in charge and requests an integration;
// the citizen answers from the personal area (<modulo-area-personale> on the demo Comune site)
// with text and an attachment; the operator sees it and concludes with an uploaded final
// document; the citizen sees the outcome in the personal area, downloads the decision and rates
// the service there; the public monitoring page counts the concluded pratica and the rating. axe
// on the staff pratica page and on every personal-area state with real data. Each step waits for
// the state it needs (no fixed sleeps).

let f: BackofficeFixture | undefined;
let staff: Page;
let citizen: Page;
let code = '';

const citizenFetch: BackofficeFixture['citizenFetch'] = (...args) => f!.citizenFetch(...args);

const expectNoViolations = async (what: string, page: Page = staff) => {
  const v = await axeViolations(page);
  expect(v, formatViolations(what, v)).toEqual([]);
};

/** The personal area on the demo Comune site (a shadow root: Playwright's locators pierce it). */
const AREA = `/demo/${ENTE}/area-personale`;
const area = () => citizen.locator('modulo-area-personale');

/** Opens the personal area and the pratica from its list; resolves once its heading has focus. */
const openInArea = async () => {
  await citizen.goto(AREA);
  await area().locator(`button[data-code="${code}"]`).click();
  await area().locator('[data-element="pratica"] h1').waitFor();
  await expect
    .poll(() => citizen.evaluate(() => document.activeElement?.tagName))
    .toBe('MODULO-AREA-PERSONALE');
};

/** The public monitoring page's figure `label` for the module, and its ratings line. */
const monitoring = async () => {
  const page = await citizen.context().newPage();
  await page.goto(`/entes/${ENTE}/monitoraggio`);
  const row = page.locator(`li[data-module="${MODULE}"]`);
  const concluded = Number(
    await row
      .locator('dt', { hasText: /^Concluse$/ })
      .locator('xpath=following-sibling::dd[1]')
      .innerText(),
  );
  const ratings = await page
    .getByRole('heading', { name: 'Soddisfazione degli utenti' })
    .locator('xpath=following-sibling::p[1]')
    .innerText();
  const v = await axeViolations(page);
  await page.close();
  return { concluded, ratings, violations: v };
};
let before: Awaited<ReturnType<typeof monitoring>>;
let publicConcluded = -1;

/** The pratica page's "Stato" value. */
const stateShown = () =>
  staff.locator('.modulo-pratica dt', { hasText: /^Stato$/ }).locator('xpath=following-sibling::dd[1]');

beforeAll(async () => {
  f = await startBackofficeFixture({ name: 'backoffice-e2e', embed: true });
  citizen = f.citizen;
}, 180_000);

afterAll(() => f?.close());

describe('back office against the real server: file, take in charge, integrate, conclude', () => {
  it('a citizen files a pratica through the API', async () => {
    code = await f!.fileSegnalazione('Allo sportello anagrafe la coda non scorre da due ore.');
    expect(code).toMatch(/^[A-Z0-9-]{4,20}$/);
    before = await monitoring();
  });

  it('the ente admin logs in, finds it in the Pratiche inbox and opens it (axe clean)', async () => {
    staff = await f!.staffInPratiche('mtb-admin', { width: 1280, height: 1600 });
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

  it('the citizen answers the integration request from the personal area (axe clean)', async () => {
    await openInArea();
    const notice = area().locator('[data-element="integration-request"]');
    expect(await notice.innerText()).toContain('Serve la ricevuta del ticket.');
    expect(await area().locator('[data-element="pratica-status"]').innerText()).toMatch(
      /^Integrazione richiesta · Termine sospeso fino al \d+\/\d+\/\d{4} al massimo$/,
    );
    await expectNoViolations('personal area (integration requested)', citizen);
    await notice.getByRole('button', { name: 'Rispondi alla richiesta di integrazione' }).click();
    const box = area().getByLabel('La tua risposta alla richiesta di integrazione');
    await expect
      .poll(() => box.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
    await box.fill('Allego la ricevuta del ticket e il documento.');
    await area().getByLabel('Allegati (facoltativi)').setInputFiles({
      name: 'ricevuta-ticket.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await area().getByRole('button', { name: 'Invia l’integrazione' }).click();
    await area().getByText('Integrazione inviata: il termine della pratica riprende a decorrere.').waitFor();
    await expect.poll(() => area().locator('[data-element="pratica-status"]').innerText()).toBe('Integrata');
    expect(await area().locator('[data-element="integration-request"]').count()).toBe(0);
    const mine = await citizenFetch('GET', `/api/me/pratiche/${code}`);
    expect(mine.body.pratica).toMatchObject({ code, status: 'integrated' });
    await expectNoViolations('personal area (integrated, with messages)', citizen);
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

  it('the citizen sees the outcome in the personal area, downloads the decision and rates it (axe clean)', async () => {
    await openInArea();
    expect(await area().locator('[data-element="pratica-status"]').innerText()).toBe(
      'Conclusa con esito positivo',
    );
    expect(await area().locator('.modulo-timeline').innerText()).toContain('Esito positivo');
    const messages = area().locator('[data-element="pratica-messages"]');
    expect(await messages.locator('[data-sender="citizen"]').innerText()).toContain('ricevuta-ticket.pdf');
    expect(await messages.locator('[data-sender="office"]').innerText()).toContain(
      'Grazie, la ricevuta è completa.',
    );
    const [download] = await Promise.all([
      citizen.waitForEvent('download'),
      area().locator('[data-document="decision"] a').click(),
    ]);
    expect(download.suggestedFilename()).toBe('provvedimento.pdf');
    expect(Buffer.concat(await (await download.createReadStream()).toArray())).toEqual(PDF);
    await expectNoViolations('personal area (concluded, rating offered)', citizen);

    await area().locator('[data-element="feedback-rate-5"]').click();
    await area().getByText('Le domande erano chiare').click();
    await area().getByRole('button', { name: 'Avanti' }).click();
    await area().locator('#modulo-rating-detail').fill('Risposta rapida.');
    await area().getByRole('button', { name: 'Invia', exact: true }).click();
    await area().locator('[data-element="feedback-rating-thanks"]').waitFor();
    const stored = await citizenFetch('GET', `/api/pratiche/${code}/rating`);
    expect(stored.body).toMatchObject({
      rating: { score: 5, followUp: 'clear-questions', comment: 'Risposta rapida.' },
    });
    await expectNoViolations('personal area (rated)', citizen);
    // Back in the list: the state in procedure's words, and once more the pratica says it is rated.
    await area().getByRole('button', { name: 'Torna alle pratiche' }).click();
    await expect
      .poll(() =>
        area()
          .locator(`button[data-code="${code}"]`)
          .evaluate((b) => b.matches(':focus')),
      )
      .toBe(true);
    expect(await area().locator('.modulo-area__item', { hasText: code }).innerText()).toContain(
      'Conclusa con esito positivo',
    );
    await openInArea();
    await area().locator('[data-element="feedback-rated"]').waitFor();
  });

  it('the public monitoring page counts the concluded pratica and the rating (axe clean)', async () => {
    const after = await monitoring();
    expect(after.concluded).toBe(before.concluded + 1);
    const count = (line: string) => Number(/^(\d+) valutazion/.exec(line)?.[1] ?? 0);
    expect(count(after.ratings)).toBe(count(before.ratings) + 1);
    expect(after.violations, formatViolations('monitoring', after.violations)).toEqual([]);
    publicConcluded = after.concluded;
  });

  it('staff open Monitoraggio in the staff app and see the concluded pratica counted (axe clean)', async () => {
    await staff.getByRole('link', { name: 'Monitoraggio' }).click();
    await staff.waitForURL(/view=monitoraggio/);
    const row = staff.locator(`[data-testid="indicators"] tr[data-module="${MODULE}"]`);
    const concluded = Number(await row.locator('td[data-column="concluded"]').innerText());
    expect(concluded).toBe(publicConcluded);
    expect(concluded).toBeGreaterThan(0);
    expect(await staff.getByRole('link', { name: /Scarica gli indicatori/ }).getAttribute('href')).toBe(
      '/api/backoffice/monitoring?format=csv',
    );
    // The charts' table alternative, opened from the keyboard.
    const summary = staff.locator('.modulo-chart summary').first();
    await summary.focus();
    await staff.keyboard.press('Enter');
    await staff.locator('.modulo-chart details[open] table').first().waitFor();
    await expectNoViolations('staff monitoring');
  });
});
