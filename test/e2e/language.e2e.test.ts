import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localize } from '@modulo/form-model';
import { libraryModules } from '@modulo/form-library';
import { useE2eSession } from './e2eSession';
import { expectNoA11yViolations, expectVisibleFocus, tabTo } from './expectations';
import { definition } from './pageChecks';

const session = useE2eSession();
const modules = libraryModules();
const m = modules.find((x) => x.procedure.attachments.length > 0) ?? modules[0]!;
/** The header is #0066cc: its white focus ring is measured against that, not the page. */
const HEADER_BLUE = 'rgb(0, 102, 204)';

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');
const h1 = (page: Page) => page.locator('h1').innerText();

/** Enter on the focused link, and wait until the browser is at `path` (with its query). */
async function follow(page: Page, path: string) {
  await Promise.all([
    page.waitForURL((url) => url.pathname + url.search === path),
    page.keyboard.press('Enter'),
  ]);
}

describe('English pages (?lang=en) in Chromium', () => {
  it('the English catalogue has no axe violations', async () => {
    const page = await session.newPage();
    expect((await page.goto('/?lang=en'))?.status()).toBe(200);
    expect(await htmlLang(page)).toBe('en');
    expect(await h1(page)).toBe('Form catalogue');
    await expectNoA11yViolations(page);
  });

  it(`the English module page ${m.id} shows the art. 35 data in English and has no axe violations`, async () => {
    const page = await session.newPage();
    expect((await page.goto(`/modules/${m.id}?lang=en`))?.status()).toBe(200);
    expect(await htmlLang(page)).toBe('en');
    expect(await h1(page)).toBe(localize(m.title, 'en'));
    const p = m.procedure;
    expect(await definition(page, 'Official in charge of the procedure')).toContain(p.responsible.name);
    expect(await definition(page, 'Official with substitute powers')).toContain(p.substitute.name);
    expect(await definition(page, 'Time limit')).toContain(`${p.termDays} days from submission`);
    const legal = page.locator('xpath=//dt[normalize-space()="Legal references"]/following-sibling::dd[1]');
    expect(await legal.getAttribute('lang')).toBe('it');
    const attachments = await page
      .locator('xpath=//h2[normalize-space()="Documents to attach"]/following-sibling::*[1]')
      .innerText();
    for (const a of p.attachments) {
      expect(attachments).toContain(`${localize(a.label, 'en')} (${a.required ? 'required' : 'optional'})`);
    }
    await expectNoA11yViolations(page);
  });

  it('keyboard: the switch leads to English, links keep the language, the switch leads back', async () => {
    const page = await session.newPage();
    await page.goto('/');
    const toEnglish = await tabTo(page, 'the English switch', (f) => f.text === 'English', 5);
    expect(toEnglish.href).toBe('/?lang=en');
    expect(await page.locator(':focus').getAttribute('lang')).toBe('en');
    expect(await page.locator(':focus').getAttribute('hreflang')).toBe('en');
    await expectVisibleFocus(page, HEADER_BLUE);
    await follow(page, '/?lang=en');
    expect(await htmlLang(page)).toBe('en');

    const target = `/modules/${m.id}?lang=en`;
    await tabTo(page, target, (f) => f.href === target);
    await follow(page, target);
    expect(await h1(page)).toBe(localize(m.title, 'en'));

    await tabTo(page, 'the link back to the catalogue', (f) => f.inMain && f.href === '/?lang=en');
    await expectVisibleFocus(page);
    await follow(page, '/?lang=en');
    expect(await h1(page)).toBe('Form catalogue');

    await tabTo(page, 'the Italian switch', (f) => f.text === 'Italiano', 5);
    expect(await page.locator(':focus').getAttribute('hreflang')).toBe('it');
    await expectVisibleFocus(page, HEADER_BLUE);
    await follow(page, '/');
    expect(await htmlLang(page)).toBe('it');
    expect(await h1(page)).toBe('Catalogo dei moduli');
  });
});
