import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from './axe';
import { closeBrowser, launchBrowser } from './browser';
import { buildDesigner, serveDesigner } from './serveDesigner';

// The Pratiche area (issue 14's staff UI) on its memory back office: axe on the inbox, a
// pratica and every action dialog; the filters, the deadline order and a refusal shown.

let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof serveDesigner>> | undefined;
let page: Page;

const expectNoViolations = async (what: string) => {
  const v = await axeViolations(page);
  expect(v, formatViolations(what, v)).toEqual([]);
};
const rowCodes = () =>
  page
    .locator('table.modulo-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));

beforeAll(async () => {
  buildDesigner();
  server = await serveDesigner();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.url}?area=pratiche`);
  await page.locator('table.modulo-table tbody tr').first().waitFor();
}, 120_000);

afterAll(async () => {
  await closeBrowser(browser);
  await server?.stop();
});

describe('Pratiche area: inbox, pratica, action dialogs', () => {
  it('lists open pratiche by days left with the overdue one first and marked in words; axe clean', async () => {
    expect(await rowCodes()).toEqual(['T4NB-7QFS', 'M3RT-8WXA', 'P9HD-2KCE', 'K7QM-4TZP']);
    const overdue = page.locator('tr[data-code="T4NB-7QFS"]');
    expect(await overdue.getAttribute('class')).toContain('modulo-overdue');
    expect(await overdue.innerText()).toContain('Scaduta da 2 giorni');
    await expectNoViolations('inbox');
  });

  it('filters by deadline, Comune and state', async () => {
    await page.getByLabel('Scadenza').selectOption('overdue');
    await expect.poll(rowCodes).toEqual(['T4NB-7QFS']);
    await page.getByLabel('Scadenza').selectOption('');
    await page.getByLabel('Comune').selectOption('roccafiorita');
    await expect.poll(rowCodes).toEqual(['T4NB-7QFS', 'P9HD-2KCE']);
    await page.getByLabel('Stato').selectOption('integration_requested');
    await expect.poll(rowCodes).toEqual(['P9HD-2KCE']);
    expect(await page.locator('tr[data-code="P9HD-2KCE"]').innerText()).toContain(
      'Sospesa fino al 11/12/2026',
    );
    await page.getByLabel('Stato').selectOption('');
    await page.getByLabel('Comune').selectOption('');
    await expect.poll(async () => (await rowCodes()).length).toBe(4);
  });

  it('opens a pratica and each action dialog without axe violations', async () => {
    await page.getByRole('button', { name: /pratica M3RT-8WXA$/ }).click();
    await page.getByRole('heading', { name: 'Cronologia' }).waitFor();
    await expectNoViolations('pratica');
    for (const action of ['request_integration', 'preavviso', 'conclude', 'reassign']) {
      await page.locator(`button[data-action="${action}"]`).click();
      await page.locator(`form[data-action-form="${action}"]`).waitFor();
      await expectNoViolations(`dialog ${action}`);
      await page.getByRole('dialog').getByRole('button', { name: 'Annulla' }).click();
      await page.locator(`form[data-action-form="${action}"]`).waitFor({ state: 'detached' });
    }
  });

  it('a refused action says why in the dialog; a valid one moves the pratica on', async () => {
    await page.locator('button[data-action="conclude"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Conferma' }).click();
    await dialog.getByRole('alert').getByText('Carica il documento del provvedimento finale.').waitFor();
    await dialog.getByLabel('Respinta').check();
    await dialog.getByLabel('Motivazione del provvedimento').fill('Documentazione insufficiente.');
    await dialog.getByLabel(/Provvedimento finale/).setInputFiles({
      name: 'diniego.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await dialog.getByRole('button', { name: 'Conferma' }).click();
    await page.getByText('Nessuna azione possibile in questo stato.').waitFor();
    expect(await page.locator('.modulo-pratica').innerText()).toContain('Conclusa (respinta)');
    // The audit log follows: filed, then the conclusion; its CSV downloads from a link.
    const log = page.locator('[data-audit-log]');
    await log.getByRole('cell', { name: 'Conclusa', exact: true }).waitFor();
    expect(await log.locator('tbody tr').count()).toBe(2);
    const csv = await log
      .getByRole('link', { name: /Scarica il registro delle attività/ })
      .getAttribute('href');
    expect(decodeURIComponent(csv!.split(',').slice(1).join(','))).toContain('pratica.concluded');
    await expectNoViolations('pratica with its audit log');
  });

  it('takes a new pratica in charge from its dialog (axe clean)', async () => {
    await page.getByRole('button', { name: 'Torna alle pratiche' }).click();
    await page.getByRole('button', { name: /pratica K7QM-4TZP$/ }).click();
    await page.locator('button[data-action="take_in_charge"]').click();
    await page.locator('form[data-action-form="take_in_charge"]').waitFor();
    await expectNoViolations('dialog take_in_charge');
    await page.getByRole('dialog').getByRole('button', { name: 'Conferma' }).click();
    await page.locator('button[data-action="conclude"]').waitFor();
  });

  it('reassigns it to another operator picked from the directory, with a reason', async () => {
    await page.locator('button[data-action="reassign"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nuovo ufficio').selectOption('');
    await dialog.getByLabel('Nuovo operatore').selectOption({ label: 'Paola Verdi' });
    expect(await dialog.getByLabel('Nuovo operatore').locator('option').allInnerTexts()).not.toContain(
      'Dario Blu',
    );
    await dialog.getByLabel('Motivo della riassegnazione').fill('Ferie del titolare.');
    await dialog.getByRole('button', { name: 'Conferma' }).click();
    await page.locator('form[data-action-form]').waitFor({ state: 'detached' });
    const assigned = page
      .locator('.modulo-pratica dt', { hasText: /^Assegnata a$/ })
      .locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => assigned.innerText()).toContain('Paola Verdi');
  });
});
