import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from './axe';
import { closeBrowser, launchBrowser } from './browser';
import { loginWithDemoIdp, staffLogin } from './demoLogin';
import { announced, pickUpFocused, stepFieldIds } from './designerPage';
import { buildDesigner } from './serveDesigner';
import type { RunningServer } from './startServer';
import { startServer } from './startServer';

// Issue 13's "done when": staff log in to the real server, start from a library module, build
// with drag and keyboard, add a routing rule and a computed fee, publish 1.1.0 (lint + diff),
// then a citizen files against 1.1.0 and the pratica reaches the office the rule names.
// One scenario, in order: each step waits for the state it needs (no fixed sleeps).

const ENTE = 'montebello';
const MODULE = 'segnalazione-disservizio';
const ROUTED_OFFICE = 'tributi';

let browser: Browser | undefined;
let server: RunningServer | undefined;
let dataDir: string | undefined;
let staff: Page;
let newFieldId = '';

beforeAll(async () => {
  buildDesigner();
  dataDir = mkdtempSync(join(tmpdir(), 'modulo-designer-e2e-'));
  browser = await launchBrowser();
  server = await startServer(60_000, { DATA_DIR: dataDir });
  // Tall enough for the palette and the whole canvas at once: a pointer drag needs both in view.
  const context = await browser.newContext({
    baseURL: server.url,
    locale: 'it-IT',
    viewport: { width: 1280, height: 2200 },
  });
  staff = await context.newPage();
  staff.setDefaultTimeout(20_000);
}, 180_000);

afterAll(async () => {
  await closeBrowser(browser);
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The rule editor (a fieldset) whose legend starts with `title`. */
const ruleEditor = (page: Page, title: string): Locator =>
  page.locator('fieldset.modulo-rule').filter({ has: page.locator('legend', { hasText: title }) });

/** Sets the first line of a rule editor to "field equals value" and applies it. */
async function setRule(editor: Locator, field: string, value: string): Promise<void> {
  if ((await editor.locator('select[id$="-0-field"]').count()) === 0)
    await editor.getByRole('button', { name: 'Aggiungi una condizione' }).click();
  await editor.locator('select[id$="-0-field"]').selectOption(field);
  await editor.locator('select[id$="-0-op"]').selectOption('equals');
  await editor.locator('select[id$="-0-value"]').selectOption(value);
  await editor.getByRole('button', { name: 'Applica la regola' }).click();
  await expect.poll(() => editor.locator('[role="alert"]').count()).toBe(0);
}

/** Drags a field kind from the palette onto the card of `ontoFieldId` by pointer; the new field's id. */
async function dragFromPalette(kind: string, ontoFieldId: string): Promise<string> {
  const before = await stepFieldIds(staff, 'step-segnalazione');
  const source = (await staff.locator(`button[data-kind="${kind}"]`).boundingBox())!;
  const target = (await staff.locator(`li[data-field-id="${ontoFieldId}"]`).boundingBox())!;
  expect(target.y + target.height).toBeLessThan(2200);
  await staff.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await staff.mouse.down();
  // Past the 5 px activation distance, then across to the card, in small moves.
  await staff.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2, { steps: 2 });
  await staff.mouse.move(target.x + target.width / 2, target.y + target.height / 3, { steps: 12 });
  await staff.locator('.modulo-overlay').waitFor();
  await staff.mouse.up();
  await expect.poll(() => stepFieldIds(staff, 'step-segnalazione')).toHaveLength(before.length + 1);
  const after = await stepFieldIds(staff, 'step-segnalazione');
  const added = after.find((id) => !before.includes(id))!;
  expect(after.indexOf(added)).toBe(after.indexOf(ontoFieldId) - 1);
  return added;
}

describe('designer against the real server: build, publish 1.1.0, a citizen files, routed', () => {
  it('staff log in with the demo identity provider and open the library module', async () => {
    const designer = `/designer/?ente=${ENTE}&module=${MODULE}`;
    await loginWithDemoIdp(
      staff,
      staffLogin(ENTE, designer),
      `demo:staff:${ENTE}:mtb-designer`,
      /\/designer\//,
    );
    await staff.locator('li[data-field-id="vuoiRisposta"]').waitFor();
    expect(await stepFieldIds(staff, 'step-richiedente')).toContain('codiceFiscale');
  });

  it('drags a codice fiscale field from the palette onto the canvas, and makes it conditional', async () => {
    newFieldId = await dragFromPalette('codice-fiscale', 'vuoiRisposta');
    expect(newFieldId).toMatch(/^codiceFiscale/);

    // The new field is selected: show it only for "Sportello" reports.
    await setRule(ruleEditor(staff, 'Mostra il campo solo se'), 'categoria', 'sportello');
    await staff
      .locator(`li[data-field-id="${newFieldId}"] .modulo-badge`, { hasText: 'condizionato' })
      .waitFor();
    await staff.locator('li[data-field-id="categoria"] .modulo-readers', { hasText: newFieldId }).waitFor();
  });

  it('fixes a lint finding: a hard-to-read help text, reached from the lint panel', async () => {
    const finding = staff.locator('.modulo-lint li[data-code="hard_to_read"]', { hasText: newFieldId });
    await staff
      .getByLabel('Aiuto', { exact: true })
      .fill(
        "Il sottoscritto, consapevole delle sanzioni penali previste dall'articolo settantasei del decreto del Presidente della Repubblica, dichiara sotto la propria responsabilità quanto segue.",
      );
    await finding.waitFor();
    await staff.locator('li[data-field-id="telefono"] .modulo-card-label').click();
    await finding.getByRole('button').click();
    await staff
      .locator(`li[data-field-id="${newFieldId}"] .modulo-card-label[aria-pressed="true"]`)
      .waitFor();
    await staff
      .getByLabel('Aiuto', { exact: true })
      .fill('Scrivi il codice fiscale della persona allo sportello.');
    await finding.waitFor({ state: 'detached' });
  });

  it('drags a second field, a short text, and shows it only for the same category', async () => {
    const textId = await dragFromPalette('short-text', 'vuoiRisposta');
    await setRule(ruleEditor(staff, 'Mostra il campo solo se'), 'categoria', 'sportello');
    await staff.locator(`li[data-field-id="${textId}"] .modulo-badge`, { hasText: 'condizionato' }).waitFor();
    await staff.locator('li[data-field-id="categoria"] .modulo-readers', { hasText: textId }).waitFor();
  });

  it('reorders a field by keyboard (Space, arrow up, Space)', async () => {
    await staff.locator('li[data-field-id="telefono"] .modulo-handle').focus();
    await pickUpFocused(staff);
    await staff.keyboard.press('ArrowUp');
    await expect.poll(() => announced(staff)).toContain('è sopra');
    await staff.keyboard.press('Space');
    await expect
      .poll(() => stepFieldIds(staff, 'step-richiedente'))
      .toEqual(['infoRichiedente', 'codiceFiscale', 'nome', 'cognome', 'telefono', 'email']);
  });

  it('adds a routing rule to an office of the directory, a computed fee, the responsible and term', async () => {
    await staff.getByRole('button', { name: 'Procedimento', exact: true }).click();
    await staff.getByRole('button', { name: 'Aggiungi una regola di instradamento' }).click();
    const office = staff.getByLabel('Ufficio 4', { exact: true });
    await office.waitFor();
    await office.selectOption(ROUTED_OFFICE);
    await setRule(ruleEditor(staff, 'Instradamento (assegna all’ufficio se) (4)'), 'categoria', 'sportello');

    await staff.getByRole('button', { name: 'Aggiungi un costo' }).click();
    await staff.getByLabel('Importo fisso (€) 1', { exact: true }).fill('');
    await staff.getByRole('button', { name: 'Aggiungi una voce calcolata' }).click();
    await staff.getByLabel('Importo unitario (€) 1', { exact: true }).fill('2');
    await setRule(ruleEditor(staff, 'Costo (si applica se)'), 'categoria', 'sportello');

    // A responsible of the procedure's own office (publishing binds them to the directory).
    const responsible = staff.getByLabel('Responsabile del procedimento: Dalla rubrica dell’ente');
    const current = await responsible.inputValue();
    const colleague = await staff.evaluate(
      async ({ ente, now }) => {
        const dir = (await (await fetch(`/api/entes/${ente}/directory`)).json()) as {
          staff: { id: string; offices: string[] }[];
        };
        const office = dir.staff.find((s) => s.id === now)?.offices[0];
        return dir.staff.find((s) => s.id !== now && office && s.offices.includes(office))?.id;
      },
      { ente: ENTE, now: current },
    );
    if (colleague) await responsible.selectOption(colleague);
    await staff.getByLabel('Termine (giorni)').fill('20');
    await expect.poll(() => staff.locator('[data-save="saved"]').count()).toBe(1);
    // The autosaved draft on the server carries the rule.
    const draft = await staff.evaluate(
      async ({ ente, module }) =>
        (await (await fetch(`/api/entes/${ente}/admin/modules/${module}/draft`)).json()) as {
          module: { procedure: { routing: { office: { id: string }; when: unknown }[]; termDays: number } };
        },
      { ente: ENTE, module: MODULE },
    );
    expect(draft.module.procedure.routing[3]).toMatchObject({
      office: { id: ROUTED_OFFICE },
      when: { field: 'categoria', op: 'equals', value: 'sportello' },
    });
    expect(draft.module.procedure.termDays).toBe(20);
  });

  it('publishes 1.1.0 after seeing the lint result and the diff; the dialog has no axe violations', async () => {
    await staff.getByRole('button', { name: 'Pubblica…' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByText('Versione suggerita').waitFor();
    await expect.poll(() => dialog.locator('.modulo-diff li').count()).toBeGreaterThan(2);
    const diff = await dialog.locator('.modulo-diff').innerText();
    expect(diff).toContain(newFieldId);
    expect(await dialog.getByText('Correggi gli errori prima di pubblicare.').count()).toBe(0);
    const violations = await axeViolations(staff);
    expect(violations, formatViolations('publish dialog', violations)).toEqual([]);
    await dialog.locator('input[name="version"]').fill('1.1.0');
    await dialog.getByRole('button', { name: 'Pubblica', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('status').innerText(), { timeout: 20_000 })
      .toBe('Pubblicata la versione 1.1.0.');
    await dialog.getByText(/^1\.1\.0 — /).waitFor();
  });

  it('a citizen files against 1.1.0 and the pratica is routed to the office the rule names', async () => {
    const context = await browser!.newContext({ baseURL: server!.url, locale: 'it-IT' });
    const citizen = await context.newPage();
    citizen.setDefaultTimeout(20_000);
    await loginWithDemoIdp(
      citizen,
      '/auth/login?returnTo=/api/me&level=2',
      'demo:laura-bianchi',
      '**/api/me',
    );
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const filed = await citizen.evaluate(
      async ({ ente, module, day }) => {
        const me = (await (await fetch('/api/me')).json()) as {
          csrfToken: string;
          citizen: { fiscalNumber: string; givenName?: string; familyName?: string; email?: string };
        };
        const res = await fetch(`/api/entes/${ente}/modules/${module}/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({
            version: '1.1.0',
            answers: {
              codiceFiscale: me.citizen.fiscalNumber,
              nome: me.citizen.givenName,
              cognome: me.citizen.familyName,
              email: me.citizen.email ?? 'laura.bianchi@example.it',
              comune: 'borgoDemo',
              categoria: 'sportello',
              ufficio: 'Anagrafe',
              dataProblema: day,
              descrizione: 'Allo sportello anagrafe la coda non scorre da due ore.',
              vuoiRisposta: false,
              privacy: true,
            },
          }),
        });
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      },
      { ente: ENTE, module: MODULE, day: yesterday },
    );
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const pratica = filed.body.pratica as {
      module: { version: string };
      office: { id?: string; name: string };
      fees: unknown;
    };
    expect(pratica.module.version).toBe('1.1.0');
    expect(pratica.office.id).toBe(ROUTED_OFFICE);
    expect(JSON.stringify(pratica.fees)).toContain('200');
    await context.close();

    // The ente admin's back-office inbox, filtered by the routed office, holds it.
    const adminContext = await browser!.newContext({ baseURL: server!.url, locale: 'it-IT' });
    const admin = await adminContext.newPage();
    admin.setDefaultTimeout(20_000);
    await loginWithDemoIdp(admin, staffLogin(ENTE, '/api/me'), `demo:staff:${ENTE}:mtb-admin`, '**/api/me');
    const inbox = await admin.evaluate(
      async (office) =>
        (await (await fetch(`/api/backoffice/pratiche?officeId=${office}&pageSize=100`)).json()) as {
          items: { code: string; assignment: { officeId?: string } }[];
        },
      ROUTED_OFFICE,
    );
    const row = inbox.items.find((i) => i.code === (filed.body.pratica as { code: string }).code);
    expect(row?.assignment.officeId).toBe(ROUTED_OFFICE);
    await adminContext.close();
  });
});
