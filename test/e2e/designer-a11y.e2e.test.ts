import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from './axe';
import { closeBrowser, launchBrowser } from './browser';
import { buildDesigner, serveDesigner } from './serveDesigner';

let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof serveDesigner>> | undefined;
let page: Page;

const expectNoViolations = async (what: string) => {
  const v = await axeViolations(page);
  expect(v, formatViolations(what, v)).toEqual([]);
};

beforeAll(async () => {
  buildDesigner();
  server = await serveDesigner();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}?template=segnalazione-disservizio`);
  await page.waitForSelector('.modulo-card');
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await closeBrowser(browser);
  await server?.stop();
});

describe('designer: axe (WCAG 2.1 AA) on every screen and dialog', () => {
  it('the workspace with the procedure panel', async () => {
    await expectNoViolations('procedure panel');
  });

  it('a selected field: actions, inspector, rule editor', async () => {
    await page.locator('.modulo-card-label', { hasText: 'Codice fiscale' }).first().click();
    // Both rule editors open: visibility and required-when.
    const add = page.getByRole('button', { name: 'Aggiungi una condizione' });
    await add.first().click();
    await add.nth(1).click();
    await expectNoViolations('field inspector');
  });

  it('a choice field with its options editor', async () => {
    await page.locator('.modulo-card-label', { hasText: 'Di cosa si tratta?' }).click();
    await expect(page.getByRole('group', { name: 'Opzioni' }).count()).resolves.toBe(1);
    await expectNoViolations('options inspector');
  });

  it('a step', async () => {
    await page
      .getByRole('button', { name: /Modifica il passo/ })
      .first()
      .click();
    // With an eligibility exit: its texts, link and rule editor.
    await page.getByRole('button', { name: 'Aggiungi un’uscita' }).click();
    await page.locator('li[data-exit-id="uscita1"]').waitFor();
    await expectNoViolations('step inspector');
  });

  it('a refusal banner', async () => {
    // A field that rules read cannot be deleted: the model says which rules.
    await page.locator('.modulo-card-label', { hasText: 'Di cosa si tratta?' }).click();
    await page.locator('.modulo-card-actions').getByRole('button', { name: 'Elimina', exact: true }).click();
    await page.locator('.modulo-refusal').waitFor();
    expect(await page.locator('.modulo-refusal').textContent()).toContain('field_in_use');
    await expectNoViolations('refusal');
    await page.getByRole('button', { name: 'Ho capito' }).click();
  });

  for (const [button, title] of [
    ['JSON', 'JSON'],
    ['Nuovo', 'Nuovo modulo'],
    ['Importa', 'Importa un modulo'],
    ['Pubblica…', 'Pubblica il modulo'],
  ] as const) {
    it(`the ${title} dialog`, async () => {
      await page.getByRole('button', { name: button, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await dialog.waitFor();
      await expectNoViolations(`${title} dialog`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    });
  }

  it('the live preview is the renderer’s form, and try it shows route and fees', async () => {
    const preview = page.getByTestId('preview');
    await preview.locator('input, select, textarea').first().waitFor();
    expect(await page.getByTestId('try-route').textContent()).toMatch(/La domanda andrebbe a: .+/);
    expect(await page.getByTestId('try-fees').textContent()).toMatch(/Costo: .*€/);
  });

  it('the English UI', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Field kinds' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoViolations('English');
    await page.getByRole('button', { name: 'Passa all’italiano' }).click();
  });
});
