import { describe, expect, it } from 'vitest';
import { getLibraryModule } from '@modulo/form-library';
import { useRendererSession } from './rendererSession';

const session = useRendererSession(() => [getLibraryModule('segnalazione-disservizio')!]);

/**
 * Every frame until the first screen shows, then a few after the fonts settle: whether the content
 * is visible, whether Titillium Web (regular, 600, 700) is loaded, and where the privacy notice's
 * heading, consent label and button are.
 */
const FRAMES = `(() => {
  window.__frames = [];
  let after = 0;
  const look = () => {
    const root = document.querySelector('modulo-form')?.shadowRoot;
    const mount = root?.querySelector('.modulo-root');
    const box = (sel) => {
      const r = root?.querySelector(sel)?.getBoundingClientRect();
      return r ? [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10).join(',') : '';
    };
    if (mount?.checkVisibility()) {
      window.__frames.push({
        fonts: ['400', '600', '700'].every((w) => document.fonts.check(w + ' 16px "Titillium Web"')),
        layout: [box('h2'), box('label'), box('button[type=submit]')].join(' '),
      });
      if (root.querySelector('h2')) after++;
    }
    if (after < 30) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

describe('the embed’s web fonts', () => {
  it('are there in the first frame that shows the first screen: no fallback font, no shift when they arrive', async () => {
    const page = await session.newPage();
    await page.addInitScript({ content: FRAMES });
    await page.goto(session.fixture().pageFor('segnalazione-disservizio'));
    const form = page.locator('modulo-form');
    await form.getByText('Ho letto e compreso').waitFor();
    await expect
      .poll(async () => ((await page.evaluate('window.__frames.length')) as number) >= 30)
      .toBe(true);
    const frames = (await page.evaluate('window.__frames')) as { fonts: boolean; layout: string }[];
    // Every frame that showed anything (the loading line too) had the fonts.
    expect(frames.filter((f) => !f.fonts)).toEqual([]);
    const first = frames.filter((f) => f.layout.trim());
    expect(first[0]!.layout).toMatch(/^[\d.,-]+ [\d.,-]+ [\d.,-]+$/);
    expect(new Set(first.map((f) => f.layout))).toEqual(new Set([first[0]!.layout]));
    // Asked for as the script started, with the stylesheet, before the element rendered.
    const [font, defined] = (await page.evaluate(`[
      performance.getEntriesByType('resource').find((e) => /titillium-web.*-regular\\.woff2$/.test(e.name))?.startTime,
      performance.getEntriesByName('modulo:defined')[0]?.startTime,
    ]`)) as number[];
    expect(font).toBeLessThan(defined!);
    // font-display: swap everywhere: a late face never hides text.
    const displays = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.family.includes('Titillium')).map((f) => f.display),
    );
    expect(displays.length).toBe(5);
    expect(new Set(displays)).toEqual(new Set(['swap']));
    expect(page.problems.filter((p) => !p.includes('status of 404'))).toEqual([]); // no draft: 404
  });

  it('never hold the first screen long: fonts that do not come leave it shown in the fallback', async () => {
    const page = await session.newPage();
    await page.route('**/embed/fonts/*.woff2', async (route) => {
      await new Promise((r) => setTimeout(r, 5_000));
      await route.continue().catch(() => undefined);
    });
    const started = Date.now();
    // Not until `load`: the font requests hold the page's load event.
    await page.goto(session.fixture().pageFor('segnalazione-disservizio'), { waitUntil: 'commit' });
    await page.locator('modulo-form').getByText('Ho letto e compreso').waitFor({ state: 'visible' });
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(await page.evaluate(() => document.fonts.check('400 16px "Titillium Web"'))).toBe(false);
  });
});
