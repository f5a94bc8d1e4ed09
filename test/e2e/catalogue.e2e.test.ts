import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Module } from '@modulo/form-model';
import { localize } from '@modulo/form-model';
import { libraryModules } from '@modulo/form-library';
import { useE2eSession } from './e2eSession';
import { expectNoA11yViolations, expectVisibleFocus, tabTo } from './expectations';
import { definition, focused } from './pageChecks';

const session = useE2eSession();
const modules = libraryModules();
const withAttachments = modules.find((m) => m.procedure.attachments.length > 0) ?? modules[0]!;

/** The art. 35 data every module page must show, checked against the module document. */
async function expectProcedureData(page: Page, m: Module) {
  const p = m.procedure;
  await expect(page.locator('h1').innerText()).resolves.toBe(localize(m.title));
  expect(await definition(page, 'Responsabile del procedimento')).toContain(p.responsible.name);
  expect(await definition(page, 'Titolare del potere sostitutivo')).toContain(p.substitute.name);
  expect(await definition(page, 'Termine di conclusione')).toContain(`${p.termDays} giorni`);
  const attachments = page.locator(
    'xpath=//h2[normalize-space()="Documenti da allegare"]/following-sibling::*[1]',
  );
  const text = await attachments.innerText();
  if (p.attachments.length === 0) expect(text).toBe('Nessuno.');
  for (const a of p.attachments) {
    expect(text).toContain(`${localize(a.label)} (${a.required ? 'obbligatorio' : 'facoltativo'})`);
  }
}

describe('catalogue in Chromium', () => {
  it('lists every library module with a link that opens its page', async () => {
    const page = await session.newPage();
    expect((await page.goto('/'))?.status()).toBe(200);
    const links = await page
      .locator('main h2 a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.trim() })));
    expect(links).toEqual(modules.map((m) => ({ href: `/modules/${m.id}`, text: localize(m.title) })));
    for (const { href } of links) {
      const res = await page.request.get(href!);
      expect(res.status(), href!).toBe(200);
      expect(res.headers()['content-type']).toContain('text/html');
    }
    const list = await page.request.get(
      (await page.getByRole('link', { name: 'Elenco in JSON' }).getAttribute('href'))!,
    );
    expect(((await list.json()) as { modules: { id: string }[] }).modules.map((m) => m.id)).toEqual(
      modules.map((m) => m.id),
    );
  });

  it('keyboard: Tab reaches the skip link first, and it moves focus to the main content', async () => {
    const page = await session.newPage();
    await page.goto('/');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Vai al contenuto', href: '#contenuto' });
    const box = await page.locator('.skip').boundingBox();
    expect(box!.x, 'the focused skip link is on screen').toBeGreaterThanOrEqual(0);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'contenuto' });
    await page.keyboard.press('Tab');
    expect((await focused(page)).inMain, 'the next Tab stays in the main content').toBe(true);
    await expectVisibleFocus(page);
  });

  it('keyboard: Tab to a module link and Enter opens its page with the art. 35 data', async () => {
    const page = await session.newPage();
    await page.goto('/');
    const target = `/modules/${withAttachments.id}`;
    await tabTo(page, target, (f) => f.href === target, 3 * modules.length + 10);
    await Promise.all([page.waitForURL(`**${target}`), page.keyboard.press('Enter')]);
    await expectProcedureData(page, withAttachments);
  });

  it('the JSON links of a module page serve the module and its 2020-12 schema', async () => {
    const page = await session.newPage();
    const m = modules[0]!;
    await page.goto(`/modules/${m.id}`);
    const hrefOf = (name: string) => page.getByRole('link', { name, exact: true }).getAttribute('href');
    const doc = await page.goto((await hrefOf('modulo (JSON)'))!);
    expect(doc?.headers()['content-type']).toContain('application/json');
    expect(((await doc!.json()) as { id: string }).id).toBe(m.id);
    await page.goBack();
    const schema = await page.goto((await hrefOf('JSON Schema 2020-12'))!);
    expect(schema?.status()).toBe(200);
    expect(((await schema!.json()) as { schema: { $schema: string } }).schema.$schema).toBe(
      'https://json-schema.org/draft/2020-12/schema',
    );
  });

  it('an unknown module is an Italian 404 page; the API keeps its JSON 404', async () => {
    const page = await session.newPage();
    for (const path of ['/modules/non-esiste', '/pagina/inesistente']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      expect(res?.headers()['content-type']).toContain('text/html');
      expect(await page.locator('html').getAttribute('lang')).toBe('it');
      expect(await page.locator('h1').innerText()).toBe('Pagina non trovata');
      await expectNoA11yViolations(page);
    }
    await page.getByRole('link', { name: 'catalogo dei moduli' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const api = await page.request.get('/api/modules/non-esiste', { headers: { accept: 'text/html' } });
    expect(api.status()).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('module_not_found');
  });
});

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  it('the catalogue has no violations', async () => {
    const page = await session.newPage();
    await page.goto('/');
    await expectNoA11yViolations(page);
  });

  it.each(modules.map((m) => [m.id, m] as const))(
    'module page %s shows the art. 35 data and has no violations',
    async (id, m) => {
      const page = await session.newPage();
      expect((await page.goto(`/modules/${id}`))?.status()).toBe(200);
      await expectProcedureData(page, m);
      await expectNoA11yViolations(page);
    },
  );
});
