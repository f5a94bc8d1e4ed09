import { renameSync, symlinkSync } from 'node:fs';
import { launchBrowser } from '../../test/e2e/browser';
import { startRendererFixture } from '../../test/e2e/rendererFixture';
import { generateModule } from './generateModule';

const PROBE = `(() => {
  const poll = () => {
    const box = document.querySelector('modulo-form')?.shadowRoot?.querySelector('input[type=checkbox]');
    if (box) { window.__ready = performance.now(); setTimeout(() => (window.__painted = performance.now()), 0); }
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;
const dist = new URL('../dist', import.meta.url).pathname;
const use = (v: string) => { symlinkSync(`/tmp/rdiag/dist-${v}`, dist + '.tmp'); renameSync(dist + '.tmp', dist); };
const n = Number(process.env.FIELDS ?? 200);
const module = generateModule(n);
const fixture = await startRendererFixture({ modules: [module], identity: { givenName: 'Mario', familyName: 'Rossi' } });
const browser = await launchBrowser();
const out: Record<string, { ready: number[]; painted: number[] }> = { base: { ready: [], painted: [] }, new: { ready: [], painted: [] } };
const runs = Number(process.env.RUNS ?? 5);
for (let run = 0; run < runs; run++) for (const v of run % 2 ? ['new', 'base'] : ['base', 'new']) {
  use(v);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE });
  await page.goto(fixture.pageFor(module.id));
  while ((await page.evaluate(() => (window as any).__painted)) === undefined) await new Promise((r) => setTimeout(r, 20));
  const r = (await page.evaluate(`({ ready: window.__ready, painted: window.__painted })`)) as any;
  out[v]!.ready.push(r.ready); out[v]!.painted.push(r.painted);
  await context.close();
}
use('new');
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
for (const v of ['base', 'new']) console.log(n, v, 'ready median', med(out[v]!.ready), 'painted median', med(out[v]!.painted), 'all ready', out[v]!.ready.map((x) => x.toFixed(0)).join(' '));
await browser.close();
await fixture.stop();
