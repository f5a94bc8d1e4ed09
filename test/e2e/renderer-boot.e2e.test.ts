import { describe, expect, it } from 'vitest';
import { getLibraryModule } from '@modulo/form-library';
import { useRendererSession } from './rendererSession';

const session = useRendererSession(() => [getLibraryModule('segnalazione-disservizio')!]);

/** ms from navigation of a mark, or of a request's start and end, in the page. */
const TIMES = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  const res = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name));
  const module = res(/\\/modules\\/segnalazione-disservizio$/);
  const validator = res(/validator\\.js$/);
  const stepForm = res(/\\/StepForm-[\\w-]+\\.js$/);
  const fonts = res(/\\/modulo-fonts\\.css$/);
  return {
    boot: at('modulo:boot'),
    defined: at('modulo:defined'),
    data: at('modulo:data'),
    firstScreen: at('modulo:first-screen'),
    validatorMark: at('modulo:validator'),
    stepFormMark: at('modulo:step-form'),
    moduleRequested: module?.startTime,
    validatorRequested: validator?.startTime,
    stepFormRequested: stepForm?.startTime,
    fontsRequested: fonts?.startTime,
  };
})()`;

describe('the embed’s start', () => {
  it('requests the first screen’s data as its script starts, renders it, then loads rjsf and the validator', async () => {
    const page = await session.newPage();
    await page.goto(session.fixture().pageFor('segnalazione-disservizio'));
    const form = page.locator('modulo-form');
    await expect(form.locator('h2').textContent()).resolves.toBe(
      'Informativa sul trattamento dei dati personali',
    );
    await expect
      .poll(async () => (await page.evaluate(TIMES)) as Record<string, number>)
      .toMatchObject({
        validatorMark: expect.any(Number),
        stepFormMark: expect.any(Number),
      });
    const t = (await page.evaluate(TIMES)) as Record<string, number>;
    // The module's request left as the script started (`modulo:boot`), before the first screen.
    // Not compared with `modulo:defined`: Resource Timing's startTime can trail the fetch() call by
    // a millisecond or more on a loaded machine (CI saw 164.7 vs 163.5), while the code's order
    // (earlyStart.ts runs first in the bundle) is what puts the call first; the single request
    // per resource below proves the early data were used.
    expect(t.moduleRequested).toBeGreaterThanOrEqual(t.boot!);
    expect(t.moduleRequested).toBeLessThan(t.firstScreen!);
    expect(t.data).toBeLessThanOrEqual(t.firstScreen!);
    // The validator module and StepForm's chunk (rjsf) are fetched once the first screen is there.
    expect(t.validatorRequested).toBeGreaterThan(t.firstScreen!);
    expect(t.stepFormRequested).toBeGreaterThan(t.firstScreen!);
    // So are the web fonts (in the host page's head: @font-face is ignored in a shadow root).
    expect(t.fontsRequested).toBeGreaterThan(t.firstScreen!);
    expect(await page.locator('head link[data-modulo-fonts]').count()).toBe(1);
    expect(t.validatorMark).toBeGreaterThan(t.validatorRequested!);
    // StepForm's chunk evaluated (the bench's "first field" waits for it), after its request.
    expect(t.stepFormMark).toBeGreaterThan(t.stepFormRequested!);
    // One request per first-screen resource: the early start's data were used, not fetched again.
    const modules = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\/modules\/segnalazione-disservizio(\/draft)?$|\/api\/me$/.test(e.name)).length,
    );
    expect(modules).toBe(3);
    // Then the steps render with rjsf as before.
    await form.getByText('Ho letto e compreso').click();
    await form.getByText('Avanti').click();
    await expect(form.locator('h2').textContent()).resolves.toBe('Chi segnala');
    await expect(form.getByLabel('Codice fiscale').inputValue()).resolves.toBe('RSSMRA85T10A562S');
    expect(page.problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
  });

  it('shows its content only once styled: a slow stylesheet holds the first screen, never paints it unstyled', async () => {
    const page = await session.newPage();
    // Every frame: is anything of the element visible, and is its stylesheet loaded?
    await page.addInitScript({
      content: `(() => {
        window.__frames = [];
        const look = () => {
          const root = document.querySelector('modulo-form')?.shadowRoot;
          const mount = root?.querySelector('.modulo-root');
          const link = root?.querySelector('link[rel=stylesheet]');
          if (mount) window.__frames.push({ visible: mount.checkVisibility(), styled: !!link?.sheet, first: !!root.querySelector('input[type=checkbox]') });
          if (!root?.querySelector('input[type=checkbox]')?.checkVisibility()) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      })();`,
    });
    await page.route('**/embed/modulo.css', async (route) => {
      await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    });
    await page.goto(session.fixture().pageFor('segnalazione-disservizio'));
    const form = page.locator('modulo-form');
    await form.getByText('Ho letto e compreso').waitFor();
    const frames = (await page.evaluate('window.__frames')) as {
      visible: boolean;
      styled: boolean;
      first: boolean;
    }[];
    // The first screen was rendered while the stylesheet was still on its way, and held.
    expect(frames.some((f) => f.first && !f.visible)).toBe(true);
    expect(frames.filter((f) => f.visible && !f.styled)).toEqual([]);
    expect(frames.at(-1)).toEqual({ visible: true, styled: true, first: true });
    const button = form.getByRole('button', { name: 'Avanti' });
    expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(0, 102, 204)');
    // The stylesheet was asked for as the script started (a preload), before the element existed.
    const [requested, defined] = (await page.evaluate(`[
      performance.getEntriesByType('resource').find((e) => e.name.endsWith('/modulo.css'))?.startTime,
      performance.getEntriesByName('modulo:defined')[0]?.startTime,
    ]`)) as number[];
    expect(requested).toBeLessThan(defined!);
    expect(page.problems.filter((p) => !p.includes('status of 404'))).toEqual([]); // no draft: 404
  });
});
