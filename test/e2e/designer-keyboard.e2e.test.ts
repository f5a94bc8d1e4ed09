import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser } from './browser';
import { announced as announcedOn, pickUpFocused, stepFieldIds, tabTo } from './designerPage';
import { buildDesigner, serveDesigner } from './serveDesigner';

let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof serveDesigner>> | undefined;
let page: Page;

beforeAll(async () => {
  buildDesigner();
  server = await serveDesigner();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await page.getByRole('heading', { name: /Passo 1/ }).waitFor();
});

afterAll(async () => {
  await closeBrowser(browser);
  await server?.stop();
});

const announced = () => announcedOn(page);

describe('designer: a small form built with the keyboard alone', () => {
  it('adds two fields from the palette with Enter', async () => {
    await tabTo(page, 'button[data-kind="short-text"]');
    await page.keyboard.press('Enter');
    await tabTo(page, 'button[data-kind="yes-no"]');
    await page.keyboard.press('Enter');
    expect(await stepFieldIds(page, 'step-dati')).toEqual(['shortText', 'yesNo']);
  });

  it('reorders by keyboard drag (Space, arrow up, Space) with Italian announcements', async () => {
    await tabTo(page, 'li[data-field-id="yesNo"] .modulo-handle');
    await pickUpFocused(page);
    await page.keyboard.press('ArrowUp');
    await expect.poll(announced).toContain('è sopra');
    await page.keyboard.press('Space');
    await expect.poll(() => stepFieldIds(page, 'step-dati')).toEqual(['yesNo', 'shortText']);
    expect(await announced()).toContain('lasciato');
  });

  it('reorders with the move buttons too', async () => {
    await tabTo(page, 'li[data-field-id="shortText"] .modulo-card-label');
    await page.keyboard.press('Enter');
    await tabTo(page, 'li[data-field-id="shortText"] .modulo-card-actions button', 'Su');
    await page.keyboard.press('Enter');
    expect(await stepFieldIds(page, 'step-dati')).toEqual(['shortText', 'yesNo']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => stepFieldIds(page, 'step-dati')).toEqual(['yesNo', 'shortText']);
  });

  it('sets a visibility condition in the rule editor', async () => {
    await tabTo(page, 'li[data-field-id="shortText"] .modulo-card-label');
    await page.keyboard.press('Enter');
    await tabTo(page, '.modulo-rule button', 'Aggiungi una condizione');
    await page.keyboard.press('Enter');
    // The first field that holds an answer (yesNo), "è uguale a", "Sì": the defaults.
    await tabTo(page, '.modulo-rule button', 'Applica la regola');
    await page.keyboard.press('Enter');
    await page.locator('li[data-field-id="shortText"] .modulo-badge', { hasText: 'condizionato' }).waitFor();
    await page.locator('li[data-field-id="yesNo"] .modulo-readers', { hasText: 'shortText' }).waitFor();
  });

  it('a rule on a later field is refused with the model’s reason', async () => {
    await tabTo(page, 'li[data-field-id="yesNo"] .modulo-card-label');
    await page.keyboard.press('Enter');
    await tabTo(page, '.modulo-rule button', 'Aggiungi una condizione');
    await page.keyboard.press('Enter');
    await tabTo(page, '.modulo-rule button', 'Applica la regola');
    await page.keyboard.press('Enter');
    const alert = page.locator('.modulo-rule [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/shortText/);
  });

  it('the draft is saved automatically', async () => {
    await page.locator('[data-save="saved"]').waitFor();
  });
});
