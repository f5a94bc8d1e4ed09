import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getLibraryModule } from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import { moduleOf } from '../../renderer/src/testing/moduleOf';
import { useRendererSession } from './rendererSession';

/** A module whose conditions flip on the first character typed (Open Forms #2407). */
const FLIP: Module = {
  ...moduleOf([
    { id: 'motivo', kind: 'short-text', label: { it: 'Motivo della richiesta' }, required: true },
    {
      id: 'dettaglio',
      kind: 'short-text',
      label: { it: 'Dettaglio del motivo' },
      condition: { field: 'motivo', op: 'answered' },
    },
    { id: 'importo', kind: 'amount', label: { it: 'Importo' } },
    {
      id: 'giustificativo',
      kind: 'long-text',
      label: { it: 'Perché più di 100 euro?' },
      condition: { field: 'importo', op: 'gt', value: 10000 },
    },
  ]),
  id: 'flip',
};

const session = useRendererSession(() => [getLibraryModule('segnalazione-disservizio')!, FLIP]);

/** The focused element, looking inside shadow roots: its id and value. */
async function focus(page: Page): Promise<{ id: string; tag: string; value: string; text: string }> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      id: el?.id ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      value: (el as HTMLInputElement)?.value ?? '',
      text: el?.textContent?.trim() ?? '',
    };
  });
}

/** Tab until the focused element matches (keyboard only), or fail saying what was sought. */
async function tabTo(page: Page, what: string, match: (f: Awaited<ReturnType<typeof focus>>) => boolean) {
  for (let i = 0; i < 60; i++) {
    const f = await focus(page);
    if (match(f)) return f;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await focus(page))}`);
}
const byId = (id: string) => (f: { id: string }) => f.id === id;
const button = (text: string) => (f: { tag: string; text: string }) => f.tag === 'button' && f.text === text;

describe('keyboard and focus', () => {
  it('typing through a condition flip keeps focus and every character', async () => {
    const page = await session.newPage();
    await page.goto(session.fixture().pageFor('flip'));
    const form = page.locator('modulo-form');
    await form.getByText('Ho letto e compreso').click();
    await form.getByRole('button', { name: 'Avanti', exact: true }).click();
    await form.locator('#modulo-flip_motivo').click();
    await page.keyboard.type('Cambio di residenza', { delay: 15 });
    expect(await focus(page)).toMatchObject({ id: 'modulo-flip_motivo', value: 'Cambio di residenza' });
    await expect(form.locator('#modulo-flip_dettaglio').count()).resolves.toBe(1);
    // Flip back while typing: clear and retype in the same field.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect(form.locator('#modulo-flip_dettaglio').count()).resolves.toBe(0);
    await page.keyboard.type('Altro', { delay: 15 });
    expect(await focus(page)).toMatchObject({ id: 'modulo-flip_motivo', value: 'Altro' });
    // A number flip (amount over 100 euro shows a field after it).
    await form.locator('#modulo-flip_importo').click();
    await page.keyboard.type('150,00', { delay: 15 });
    expect(await focus(page)).toMatchObject({ id: 'modulo-flip_importo', value: '150,00' });
    await expect(form.locator('#modulo-flip_giustificativo').count()).resolves.toBe(1);
  });

  it('files a whole form with the keyboard alone', async () => {
    const page = await session.newPage();
    const f = session.fixture();
    f.drafts.clear();
    await page.goto(f.pageFor('segnalazione-disservizio'));
    const form = page.locator('modulo-form');
    await form.locator('h2').first().waitFor();
    const p = 'modulo-segnalazione-disservizio';
    await tabTo(page, 'the privacy consent', byId(`${p}-p_privacy-notice`));
    await page.keyboard.press('Space');
    await tabTo(page, 'Avanti', button('Avanti'));
    await page.keyboard.press('Enter');
    // Focus moves to the step heading on each step change.
    await expect.poll(async () => (await focus(page)).text).toBe('Chi segnala');
    await tabTo(page, 'Avanti', button('Avanti'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).text).toBe('Il problema');
    // A failed "Avanti" moves focus to the error summary.
    await tabTo(page, 'Avanti', button('Avanti'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).text).toMatch(/^Ci sono \d+ errori da correggere/);
    await tabTo(page, 'the first category', byId(`${p}_categoria-0`));
    await page.keyboard.press('Space');
    await tabTo(page, 'the place', byId(`${p}_luogo`));
    await page.keyboard.type('Via Roma 1');
    await tabTo(page, 'the date', byId(`${p}_dataProblema`));
    // The native date field's segment order follows Chromium's own locale: probe it, then retype.
    await page.keyboard.type('01022026');
    const dayFirst = (await focus(page)).value === '2026-02-01';
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(dayFirst ? '30112026' : '11302026');
    expect(await focus(page)).toMatchObject({ value: '2026-11-30' });
    await tabTo(page, 'the description', byId(`${p}_descrizione`));
    await page.keyboard.type('Buca profonda davanti alla scuola');
    await tabTo(page, 'yes', byId(`${p}_vuoiRisposta-0`));
    await page.keyboard.press('Space');
    await tabTo(page, 'Avanti', button('Avanti'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).text).toBe('Dichiarazioni e privacy');
    await tabTo(page, 'the declaration', byId(`${p}_privacy`));
    await page.keyboard.press('Space');
    await tabTo(page, 'Avanti', button('Avanti'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).text).toBe('Riepilogo');
    await tabTo(page, 'Invia', button('Invia la richiesta'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).text).toBe('Richiesta inviata');
    const filed = f.submissions.at(-1)!;
    expect(filed.modulo).toBe('segnalazione-disservizio');
    expect(filed.body.answers).toMatchObject({
      categoria: 'strade',
      luogo: 'Via Roma 1',
      dataProblema: '2026-11-30',
      vuoiRisposta: true,
      privacy: true,
    });
    // The rating, by keyboard too.
    await tabTo(page, 'the fourth star', byId('modulo-star-1'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(form.locator('[data-element=feedback-rating-positive]').count()).resolves.toBe(1);
  });
});
