import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { libraryModules } from '@modulo/form-library';
import { localize, sampleSubmission } from '@modulo/form-model';
import { expectAccessible, useRendererSession } from './rendererSession';

const modules = libraryModules();
const session = useRendererSession(() => modules);

/** Waits until the form shows a screen whose h2 is `title`. */
async function screen(form: Locator, title: string) {
  await form.locator('h2', { hasText: title }).first().waitFor();
}

async function open(page: Page, id: string, lang = 'it') {
  await page.goto(session.fixture().pageFor(id, { lang }));
  return page.locator('modulo-form');
}

describe('axe on every screen of every library module, in the embed under a strict CSP', () => {
  it.each(modules.map((m) => [m.id, m] as const))(
    '%s: resume offer, every step, summary, confirmation',
    async (id, module) => {
      const f = session.fixture();
      const firstStep = module.steps[0]!.id;
      f.drafts.set(`c_x000/${id}`, {
        version: module.version,
        answers: sampleSubmission(module),
        step: firstStep,
      });
      const page = await session.newPage();
      const form = await open(page, id);
      await screen(form, 'Hai una richiesta in sospeso');
      await expectAccessible(page);
      await form.getByText('Riprendi la bozza').click();
      const seen: string[] = [];
      for (;;) {
        const title = (await form.locator('h2').first().textContent()) ?? '';
        if (title === 'Riepilogo') break;
        expect(
          seen,
          `stuck on "${title}": ${await form
            .locator('.modulo-error-summary')
            .textContent()
            .catch(() => '')}`,
        ).not.toContain(title);
        seen.push(title);
        await expectAccessible(page);
        await form.getByRole('button', { name: 'Avanti', exact: true }).click();
        await form.locator('h2').first().filter({ hasNotText: title }).waitFor();
      }
      expect(seen.length).toBeGreaterThan(0);
      await expect(form.locator('.modulo-summary').textContent()).resolves.toContain(
        'Le informazioni che hai fornito hanno valore di dichiarazione',
      );
      await expectAccessible(page);
      await form.getByText('Invia la richiesta').click();
      await screen(form, 'Richiesta inviata');
      await expect(form.locator('[data-element=feedback]').count()).resolves.toBe(1);
      await expectAccessible(page);
      await form.locator('[data-element=feedback-rate-2]').click();
      await form.locator('[data-element=feedback-rating-negative]').waitFor();
      await expectAccessible(page);
      expect(f.submissions.at(-1)!.modulo).toBe(id);
      expect(localize(module.title)).toBeTruthy();
    },
    // Six to eight axe runs per module on a shared 2-core machine.
    180_000,
  );

  it('the privacy notice, a step with errors, and the English form', async () => {
    session.fixture().drafts.delete('c_x000/accesso-atti');
    const page = await session.newPage();
    const form = await open(page, 'accesso-atti');
    await screen(form, 'Informativa sul trattamento dei dati personali');
    await expectAccessible(page);
    await form.getByText('Ho letto e compreso').click();
    await form.getByRole('button', { name: 'Avanti', exact: true }).click();
    await form.locator('h2').first().filter({ hasNotText: 'Informativa' }).waitFor();
    await form.getByRole('button', { name: 'Avanti', exact: true }).click();
    await form.locator('.modulo-error-summary').waitFor();
    await expectAccessible(page);

    const en = await session.newPage();
    const formEn = await open(en, 'accesso-atti', 'en');
    await screen(formEn, 'Privacy notice');
    await expectAccessible(en);
  });
});
