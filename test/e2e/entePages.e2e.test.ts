import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useE2eSession } from './e2eSession';
import { expectNoA11yViolations, expectVisibleFocus, tabTo } from './expectations';
import { definition } from './pageChecks';

// The pages of an ente's own site and the receipt check, on the seeded demo: Bootstrap Italia
// header with the Comune's name and its Unione, cards, the verification form and its outcomes.
const session = useE2eSession();

/** A receipt's code and printed hash, as staff of the ente download it (password login). */
async function seededReceipt(page: Page): Promise<{ code: string; hash: string }> {
  const login = await page.request.post('/auth/staff/password', {
    data: { ente: 'montebello', username: 'mtb-admin', password: 'modulo-demo' },
  });
  expect(login.status(), await login.text()).toBe(200);
  const list = (await (await page.request.get('/api/entes/montebello/pratiche')).json()) as {
    pratiche: { code: string }[];
  };
  const code = list.pratiche[0]!.code;
  const pdf = await (await page.request.get(`/api/pratiche/${code}/receipt.pdf`)).body();
  const dir = mkdtempSync(join(tmpdir(), 'modulo-receipt-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-raw', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    const hash = /\b[0-9a-f]{64}\b/.exec(text.replace(/SHA-256 [0-9a-f]{64}/g, ''))![0];
    return { code, hash };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('ente pages in Chromium', () => {
  it('the ente catalogue is the Comune’s own Bootstrap Italia page, cards linking to each procedure', async () => {
    const page = await session.newPage();
    expect((await page.goto('/entes/montebello'))?.status()).toBe(200);
    expect(await page.locator('.it-brand-title').first().innerText()).toBe('Comune di Montebello');
    expect(await page.locator('.it-header-slim-wrapper .navbar-brand').innerText()).toBe(
      'Unione dei Comuni della Valle del Savio',
    );
    expect(await page.locator('h1').innerText()).toBe('Servizi online · Comune di Montebello');
    const cards = page.locator('main .card h2 a');
    expect(await cards.count()).toBeGreaterThan(3);
    const href = (await cards.first().getAttribute('href'))!;
    expect(href).toMatch(/^\/entes\/montebello\/modules\/[a-z-]+$/);
    expect((await page.request.get(href)).status()).toBe(200);
    // A published module's page: the two snippets for web editors (the form, the personal area).
    await page.goto(href);
    await expect(page.locator('#embed-snippet').inputValue()).resolves.toContain(
      '<modulo-form ente="montebello"',
    );
    await expect(page.locator('#area-snippet').inputValue()).resolves.toContain(
      '<modulo-area-personale server=',
    );
    await expectNoA11yViolations(page);
    await page.goto('/entes/montebello');
    const font = await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily);
    expect(font).toContain('Titillium Web');
    await expectNoA11yViolations(page);
    await page.goto('/entes/montebello?lang=en');
    expect(await page.locator('h1').innerText()).toBe('Online services · Comune di Montebello');
    await expectNoA11yViolations(page);
  });

  it('the monitoring page: charts with table alternatives, reached from the catalogue, no axe violations', async () => {
    const page = await session.newPage();
    await page.goto('/entes/montebello');
    await Promise.all([
      page.waitForURL('**/entes/montebello/monitoraggio'),
      page.getByRole('link', { name: 'Monitoraggio e tempi medi' }).click(),
    ]);
    expect(await page.locator('h1').innerText()).toBe('Monitoraggio dei servizi — Comune di Montebello');
    expect(await page.locator('svg[role="img"]').count()).toBe(2);
    expect(await page.locator('table caption').count()).toBe(2);
    expect(await page.locator('li[data-module] dl').count()).toBeGreaterThan(0);
    await expectNoA11yViolations(page);
    await page.goto('/entes/montebello/monitoraggio?lang=en');
    expect(await page.locator('h1').innerText()).toBe('Service monitoring — Comune di Montebello');
    await expectNoA11yViolations(page);
  });

  it('/verifica: the form by keyboard, and an input error tied to its field', async () => {
    const page = await session.newPage();
    await page.goto('/verifica');
    await expectNoA11yViolations(page);
    await tabTo(page, 'the code input', (f) => f.id === 'code', 30);
    await expectVisibleFocus(page);
    await page.keyboard.type('k7qm-4tzp');
    await page.keyboard.press('Tab');
    await page.keyboard.type('zz');
    await page.keyboard.press('Enter');
    await page.waitForURL(/hash=zz/);
    expect(await page.locator('#hash').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#hash-error').isVisible()).toBe(true);
    await expectNoA11yViolations(page);
  });

  it('/verifica: a genuine receipt and a wrong hash, each without axe violations', async () => {
    const page = await session.newPage();
    const { code, hash } = await seededReceipt(page);
    await page.goto(`/verifica?code=${code}&hash=${hash}`);
    expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('verified');
    expect(await page.locator('.alert-success').isVisible()).toBe(true);
    expect(await definition(page, 'Pratica')).toBe(code);
    await expectNoA11yViolations(page);
    const wrong = hash.replace(/^./, (ch) => (ch === '0' ? '1' : '0'));
    await page.goto(`/verifica?code=${code}&hash=${wrong}`);
    expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('hash_mismatch');
    expect(await page.locator('.alert-danger').isVisible()).toBe(true);
    await expectNoA11yViolations(page);
  });
});
