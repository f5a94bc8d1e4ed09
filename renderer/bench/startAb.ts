/**
 * Two builds of the embed started alternately at the same moment (the machine is shared: only
 * interleaved runs compare): `tsx --tsconfig test/tsconfig.json renderer/bench/startAb.ts
 * <distA> <distB> [runs=9] [fields=200]`. Each run loads a fresh page of each build on the
 * generated module and prints the medians of navigation → interactive (the consent checkbox,
 * `READY_PROBE`), → painted, and → first field (`FIELD_PROBE`: consent at once, "Avanti", the first
 * step's first input in the DOM).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/browser';
import { startRendererFixture } from '../../test/e2e/rendererFixture';
import { embedAssets } from '../../server/src/routes/embedAssets';
import { generateModule } from './generateModule';
import { FIELD_PROBE, READY_PROBE } from './readyProbe';

const [distA, distB] = [process.argv[2], process.argv[3]].map((d) => resolve(d ?? 'renderer/dist'));
const runs = Number(process.argv[4] ?? 9);
const module = generateModule(Number(process.argv[5] ?? 200));
const fixture = await startRendererFixture({ modules: [module], identity: null });
const builds = { A: embedAssets(distA), B: embedAssets(distB) };
const web = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const build = url.pathname.split('/')[1] as 'A' | 'B';
  if (build !== 'A' && build !== 'B') return void res.writeHead(404).end();
  if (url.pathname.length > 3) {
    void Promise.resolve(builds[build].fetch(new Request(`http://x/${url.pathname.slice(3)}`))).then(
      async (r) => {
        res.writeHead(r.status, Object.fromEntries(r.headers));
        res.end(Buffer.from(await r.arrayBuffer()));
      },
    );
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `script-src 'self' ${fixture.server} ${assets}; object-src 'none'; base-uri 'none'`,
  });
  res.end(`<!doctype html><html lang="it"><head><meta charset="utf-8"><title>A/B</title>
<script type="module" src="${assets}/${build}/modulo-embed.js"></script></head>
<body><main><modulo-form ente="c_x000" modulo="${module.id}" server="${fixture.server}" lang="it"></modulo-form></main></body></html>`);
});
await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
const assets = `http://localhost:${(web.address() as AddressInfo).port}`;
const browser = await launchBrowser();
const times: Record<string, Record<string, number[]>> = { A: {}, B: {} };
const keep = (b: string, k: string, v: number) => (times[b]![k] ??= []).push(v);
const wait = async (page: Page, name: string) => {
  for (let giveUp = Date.now() + 30_000; Date.now() < giveUp; await page.waitForTimeout(20)) {
    const v = await page.evaluate(`window.${name}`);
    if (typeof v === 'number') return v;
  }
  throw new Error(`${name} never came`);
};
try {
  for (let run = 0; run < runs; run++)
    for (const b of run % 2 ? ['B', 'A'] : ['A', 'B']) {
      for (const probe of [READY_PROBE, FIELD_PROBE]) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.addInitScript({ content: probe });
        await page.goto(`${assets}/${b}/`);
        if (probe === READY_PROBE) {
          keep(b, 'interactive', await wait(page, '__ready'));
          keep(b, 'painted', await wait(page, '__painted'));
        } else keep(b, 'first field', await wait(page, '__field'));
        await context.close();
      }
    }
} finally {
  await browser.close();
  await fixture.stop();
  web.close();
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
console.log(
  `${module.steps.flatMap((s) => s.fields).length} fields, ${runs} runs each, A = ${distA}, B = ${distB}`,
);
console.table(
  Object.fromEntries(
    Object.keys(times.A!).map((k) => [
      k,
      { A: Math.round(median(times.A![k]!)), B: Math.round(median(times.B![k]!)) },
    ]),
  ),
);
