/**
 * `pnpm bench:renderer`: the built embed in headless Chromium on generated modules of 50, 200
 * and 500 fields, on a host page of another origin under `script-src 'self' <server>`.
 * Prints JS shipped (min+gzip: script, CSS, the version's validator), navigation → interactive
 * (the first screen's consent checkbox in the DOM, visible and styled: `readyProbe.ts`), → the
 * first step's first field (consent given at once),
 * keystroke latency typing into a field of the last step, submit-time validation, JS heap.
 *
 * Keystrokes are measured twice, keydown → next frame (`requestAnimationFrame`) → `setTimeout`:
 * in a normal Chromium, where the next frame waits for vsync (60 Hz: up to 16.7 ms, so a 2 ms
 * keystroke reads up to ~18 ms), and in a second Chromium launched with
 * `--disable-frame-rate-limit --disable-gpu-vsync`, where frames are not vsync-bound and the
 * figure is the keystroke's own work (handlers, re-render, style, layout, paint). The target
 * (≤ 16 ms at 500 fields, ≤ 1.2× the 50-field p95) is checked against the unthrottled figure:
 * "the keystroke's work fits in one frame". The vsync-bound one is what a citizen waits for.
 */
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Module } from '@modulo/form-model';
import { sampleSubmission } from '@modulo/form-model';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { launchBrowser, launchOptions } from '../../test/e2e/browser';
import { startRendererFixture } from '../../test/e2e/rendererFixture';
import { ensureEmbedBuilt } from '../../test/e2e/rendererSession';
import { generateModule } from './generateModule';
import { FIELD_PROBE, READY_PROBE } from './readyProbe';

const SIZES = [50, 200, 500];
const KEYS = 60;
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const q = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/** One start of the page, from navigation (0 ms): what ran when (the embed's `modulo:*` marks). */
interface Boot {
  [step: string]: number;
}

/**
 * Where a start's time went: the host page, the embed script's download, then what is left of its
 * compile (streamed beside the download) until `modulo:boot`, its evaluation up to the element's
 * first render, the first screen's requests (module, me, draft: network and server, sent by
 * `earlyStart` as the script begins to run), the first screen's render, its paint; the validator
 * and StepForm's chunk after (requested, downloaded, evaluated: what "first field" waits for).
 */
const BOOT_PROBE = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const res = (part) => performance.getEntriesByType('resource').filter((e) => e.name.includes(part));
  const nav = performance.getEntriesByType('navigation')[0];
  const script = res('/modulo-embed.js')[0];
  const data = [...res('/api/me'), ...res('/draft'), ...res('/modules/').filter((e) => !/draft|validator/.test(e.name))];
  return {
    'page HTML': nav.responseEnd,
    'script requested': script?.startTime ?? NaN,
    'script downloaded': script?.responseEnd ?? NaN,
    'eval start (modulo:boot)': at('modulo:boot'),
    'data requested': Math.min(...data.map((e) => e.startTime)),
    'data received': Math.max(...data.map((e) => e.responseEnd)),
    'element rendered (modulo:defined)': at('modulo:defined'),
    'data read (modulo:data)': at('modulo:data'),
    'first screen (modulo:first-screen)': at('modulo:first-screen'),
    'interactive (checkbox visible, styled; rAF)': window.__ready,
    painted: window.__painted,
    'CSS loaded': res('/modulo.css')[0]?.responseEnd ?? NaN,
    'validator loaded (modulo:validator)': at('modulo:validator'),
    'StepForm requested': res('/StepForm-')[0]?.startTime ?? NaN,
    'StepForm downloaded': res('/StepForm-')[0]?.responseEnd ?? NaN,
    'StepForm evaluated (modulo:step-form)': at('modulo:step-form'),
  };
})()`;

ensureEmbedBuilt();
const modules = SIZES.map(generateModule);
const fixture = await startRendererFixture({
  modules,
  identity: { givenName: 'Mario', familyName: 'Rossi' },
});
const browser = await launchBrowser();
const unthrottled = await chromium.launch({
  ...launchOptions,
  args: [...launchOptions.args, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
});
const rows: Record<string, string | number>[] = [];
const breakdowns: { fields: number; boot: Boot }[] = [];
try {
  for (const module of modules) {
    const n = module.steps.flatMap((s) => s.fields).length;
    const validatorJs = await (
      await fetch(
        `${fixture.server}/api/entes/c_x000/modules/${module.id}/versions/${module.version}/validator.js`,
      )
    ).text();
    // The script and StepForm's chunk (rjsf, loaded after the first screen), each gzipped.
    const firstJs = gz(readFileSync(join(dist, 'modulo-embed.js')));
    const embedJs = readdirSync(dist)
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
    const shipped =
      embedJs +
      gz(readFileSync(join(dist, 'modulo.css'))) +
      gz(readFileSync(join(dist, 'modulo-fonts.css'))) +
      gz(validatorJs);

    // Navigation → interactive: the first screen's consent checkbox is there, visible and styled.
    const interactive: number[] = [];
    const painted: number[] = [];
    const boots: Boot[] = [];
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
      // The validator loads after the first paint: give it a moment, for the breakdown.
      await page.waitForTimeout(400);
      const boot = (await page.evaluate(BOOT_PROBE)) as Boot;
      painted.push(boot.painted!);
      boots.push(boot);
      await context.close();
    }

    // Navigation → the first step's first field (consent at once, "Avanti"): rjsf's chunk is on it.
    const firstField: number[] = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript({ content: FIELD_PROBE });
      await page.goto(fixture.pageFor(module.id));
      const giveUp = Date.now() + 30_000;
      while ((await page.evaluate(() => (window as unknown as { __field?: number }).__field)) === undefined) {
        if (Date.now() > giveUp) throw new Error(`${module.id}: the first field never came`);
        await new Promise((r) => setTimeout(r, 20));
      }
      firstField.push(await page.evaluate(() => (window as unknown as { __field: number }).__field));
      await context.close();
    }

    const vsync = await keystrokes(browser, module);
    const own = await keystrokes(unthrottled, module);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(fixture.pageFor(module.id));
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
    breakdowns.push({ fields: n, boot: medianBoot(boots) });
    rows.push({
      fields: n,
      'embed JS KB gz': (embedJs / 1024).toFixed(1),
      'of which first script': (firstJs / 1024).toFixed(1),
      'JS+CSS shipped KB gz': (shipped / 1024).toFixed(1),
      'interactive ms (median of 3)': q(interactive, 0.5).toFixed(0),
      'painted ms': q(painted, 0.5).toFixed(0),
      'first field ms': q(firstField, 0.5).toFixed(0),
      'key median ms (vsync)': q(vsync, 0.5).toFixed(1),
      'key p95 ms (vsync)': q(vsync, 0.95).toFixed(1),
      'key median ms (own work)': q(own, 0.5).toFixed(1),
      'key p95 ms (own work)': q(own, 0.95).toFixed(1),
      'submit validation ms': validation.toFixed(2),
      'JS heap MB': (heap.usedSize / 2 ** 20).toFixed(1),
    });
  }
} finally {
  await browser.close();
  await unthrottled.close();
  await fixture.stop();
}
console.table(rows);
console.log('Start, ms from navigation (median of 3 per step):');
console.table(
  Object.fromEntries(
    Object.keys(breakdowns[0]?.boot ?? {}).map((step) => [
      step,
      Object.fromEntries(breakdowns.map((b) => [`${b.fields} fields`, Math.round(b.boot[step]!)])),
    ]),
  ),
);
const p95 = (n: number) => Number(rows.find((r) => r.fields === n)?.['key p95 ms (own work)']);
const at200 = rows.find((r) => r.fields === 200);
const verdict = (ms: number, target: number) => `${ms} ms, ${ms <= target ? 'met' : 'NOT met'}`;
console.log(`Keystrokes: keydown → next frame → setTimeout. "vsync": a normal Chromium, frames at 60 Hz, so the
figure includes the wait for the next vsync (up to 16.7 ms). "own work": a Chromium with
--disable-frame-rate-limit --disable-gpu-vsync, frames as soon as the work is done: the keystroke's own cost.
The keystroke targets are checked against "own work" (the vsync wait is not the renderer's doing).
Targets: embed ≤ 120 KB gz; p95 keystroke ≤ 16 ms at 500 fields (here ${p95(500)} ms) and ≤ 1.2× the 50-field p95 (here ${(p95(500) / p95(50)).toFixed(2)}×);
submit-time validation ≤ 10 ms at 500 fields.
200-field "interactive form" ≤ 200 ms, read as: navigation → the guided flow's first screen answering input
(the privacy notice's consent checkbox visible, styled, its handler attached; the notice is the form's first
screen and the consent its first input): here ${verdict(Number(at200?.['interactive ms (median of 3)']), 200)}.
The module's own first field comes later ("first field": consent at once, "Avanti", the first step's first
input, after rjsf's chunk): here ${at200?.['first field ms']} ms; the 200 ms target is not claimed for it.
Peers on these machines (PEERS.md): rjsf + React 189 KB, Form.io 428, SurveyJS 408; 200-field interactive 406 / 707 / 956 ms;
p95 keystroke at 500 fields 30 / 30 / 216 ms.`);

/** Latencies (ms) of keystrokes typed into the first field of the last step, resumed from a draft. */
async function keystrokes(b: Browser, module: Module): Promise<number[]> {
  // Keystrokes in the last step (resumed from a draft), each measured keydown → next frame.
  fixture.drafts.set(`c_x000/${module.id}`, {
    version: module.version,
    answers: sampleSubmission(module),
    step: module.steps.at(-1)!.id,
  });
  const context = await b.newContext();
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
  for (let k = 0; k < KEYS; k++) await page.keyboard.type(String.fromCharCode(97 + (k % 26)), { delay: 25 });
  await page.waitForTimeout(100);
  const lat = (await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)).slice(5);
  const typed = await field.inputValue();
  if (typed.length !== KEYS) throw new Error(`typed ${typed.length} of ${KEYS} characters`);

  await context.close();
  return lat;
}

/** Each step's median over the runs. */
function medianBoot(boots: Boot[]): Boot {
  return Object.fromEntries(
    Object.keys(boots[0]!).map((k) => [
      k,
      q(
        boots.map((b) => b[k]!),
        0.5,
      ),
    ]),
  );
}
