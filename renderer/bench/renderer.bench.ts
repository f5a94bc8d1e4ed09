/**
 * `pnpm bench:renderer`: the built embed in headless Chromium on generated modules of 50, 200
 * and 500 fields, on a host page of another origin under `script-src 'self' <server>`.
 * Prints JS shipped (min+gzip: script, CSS, the version's validator), navigation → interactive,
 * keystroke latency typing into a field of the last step, submit-time validation, JS heap.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleSubmission } from '@modulo/form-model';
import { launchBrowser } from '../../test/e2e/browser';
import { startRendererFixture } from '../../test/e2e/rendererFixture';
import { ensureEmbedBuilt } from '../../test/e2e/rendererSession';
import { generateModule } from './generateModule';

const SIZES = [50, 200, 500];
const KEYS = 60;
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const q = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/**
 * Marks `window.__ready` once the first screen's checkbox exists. A string, not a function: tsx
 * compiles functions with esbuild's `keepNames`, whose `__name(...)` helper does not exist in the
 * page, so a serialised arrow function with a named inner function threw and never polled.
 */
const READY_PROBE = `(() => {
  const poll = () => {
    const box = document.querySelector('modulo-form')?.shadowRoot?.querySelector('input[type=checkbox]');
    if (box) window.__ready = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

ensureEmbedBuilt();
const modules = SIZES.map(generateModule);
const fixture = await startRendererFixture({
  modules,
  identity: { givenName: 'Mario', familyName: 'Rossi' },
});
const browser = await launchBrowser();
const rows: Record<string, string | number>[] = [];
try {
  for (const module of modules) {
    const n = module.steps.flatMap((s) => s.fields).length;
    const validatorJs = await (
      await fetch(
        `${fixture.server}/api/entes/c_x000/modules/${module.id}/versions/${module.version}/validator.js`,
      )
    ).text();
    const embedJs = gz(readFileSync(join(dist, 'modulo-embed.js')));
    const shipped =
      embedJs +
      gz(readFileSync(join(dist, 'modulo.css'))) +
      gz(readFileSync(join(dist, 'modulo-fonts.css'))) +
      gz(validatorJs);

    // Navigation → interactive: the first screen's control exists and answers events.
    const interactive: number[] = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript({ content: READY_PROBE });
      await page.goto(fixture.pageFor(module.id));
      // Not waitForFunction: it compiles its predicate in the page, which this CSP forbids.
      const giveUp = Date.now() + 30_000;
      while ((await page.evaluate(() => (window as unknown as { __ready?: number }).__ready)) === undefined) {
        if (Date.now() > giveUp) throw new Error(`${module.id}: the form never became interactive`);
        await new Promise((r) => setTimeout(r, 20));
      }
      interactive.push(await page.evaluate(() => (window as unknown as { __ready: number }).__ready));
      await context.close();
    }

    // Keystrokes in the last step (resumed from a draft), each measured keydown → next frame.
    fixture.drafts.set(`c_x000/${module.id}`, {
      version: module.version,
      answers: sampleSubmission(module),
      step: module.steps.at(-1)!.id,
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(fixture.pageFor(module.id));
    const form = page.locator('modulo-form');
    await form.getByText('Riprendi la bozza').click();
    const field = form.locator(`#modulo-${module.id}_${module.steps.at(-1)!.fields[0]!.id}`);
    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[] };
      w.__lat = [];
      let t0 = 0;
      document.addEventListener('keydown', () => (t0 = performance.now()), true);
      document.addEventListener(
        'input',
        () => requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0))),
        true,
      );
    });
    for (let k = 0; k < KEYS; k++)
      await page.keyboard.type(String.fromCharCode(97 + (k % 26)), { delay: 25 });
    await page.waitForTimeout(100);
    const lat = (await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)).slice(5);
    const typed = await field.inputValue();
    if (typed.length !== KEYS) throw new Error(`typed ${typed.length} of ${KEYS} characters`);

    // Submit-time validation of the whole answers with the precompiled module, in the page.
    const url = `${fixture.server}/api/entes/c_x000/modules/${module.id}/versions/${module.version}/validator.js`;
    const validation = await page.evaluate(
      async ({ url, data }) => {
        const m = (await import(url)) as { validateAnswers(d: unknown, l: string): unknown[] };
        const times: number[] = [];
        for (let i = 0; i < 30; i++) {
          const t = performance.now();
          m.validateAnswers(data, 'it');
          times.push(performance.now() - t);
        }
        return times.sort((a, b) => a - b)[15]!;
      },
      { url, data: sampleSubmission(module) },
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await context.close();
    rows.push({
      fields: n,
      'embed JS KB gz': (embedJs / 1024).toFixed(1),
      'JS+CSS shipped KB gz': (shipped / 1024).toFixed(1),
      'interactive ms (median of 3)': q(interactive, 0.5).toFixed(0),
      'keystroke median ms': q(lat, 0.5).toFixed(1),
      'keystroke p95 ms': q(lat, 0.95).toFixed(1),
      'submit validation ms': validation.toFixed(2),
      'JS heap MB': (heap.usedSize / 2 ** 20).toFixed(1),
    });
  }
} finally {
  await browser.close();
  await fixture.stop();
}
console.table(rows);
const p95 = (n: number) => Number(rows.find((r) => r.fields === n)?.['keystroke p95 ms']);
console.log(`Targets: embed ≤ 120 KB gz; p95 keystroke ≤ 16 ms at 500 fields and ≤ 1.2× the 50-field p95 (here ${(p95(500) / p95(50)).toFixed(2)}×);
200-field interactive ≤ 200 ms; submit-time validation ≤ 10 ms at 500 fields.
Peers on these machines (PEERS.md): rjsf + React 189 KB, Form.io 428, SurveyJS 408; 200-field interactive 406 / 707 / 956 ms; p95 keystroke at 500 fields 30 / 30 / 216 ms.`);
