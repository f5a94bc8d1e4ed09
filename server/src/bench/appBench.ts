// The filing request in process, without sockets: `app.request()` from 64 concurrent callers
// on a SQLite file, CPU (user, system) per filing. A diagnostic beside `pnpm bench:server` (whose
// figures include HTTP and are the issue's), steadier on a loaded machine for A/B comparisons.
// `node --import tsx server/src/bench/appBench.ts` (N filings, CONCURRENCY).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { libraryModules } from '@modulo/form-library';
import { sampleSubmission } from '@modulo/form-model';
import { createApp } from '../app';
import { seedDemo } from '../seed/seedDemo';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { asCitizen, testAuthenticate } from '../testing/testAuthenticate';
import { benchModule } from './benchModule';

const dir = mkdtempSync(join(tmpdir(), 'app-bench-'));
const store = openSqliteStore(join(dir, 'modulo.sqlite'));
await seedDemo(store, libraryModules(), new Date());
const module = benchModule();
await store.modules.publish('montebello', module, new Date());
const app = createApp({ store, authenticate: testAuthenticate });
const body = JSON.stringify({ version: module.version, answers: sampleSubmission(module) });
const headers = {
  'content-type': 'application/json',
  ...asCitizen({ fiscalNumber: 'RSSMRA80A01H501U', givenName: 'Mario', familyName: 'Rossi' }),
};
const URL_ = 'http://localhost/api/entes/montebello/modules/bench-occupazione/submissions';
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 64);

async function client(n: number) {
  for (let i = 0; i < n; i++) {
    const res = await app.request(URL_, { method: 'POST', headers, body });
    if (res.status !== 201) throw new Error(`${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
}
async function run(n: number) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, () => client(Math.ceil(n / CONCURRENCY))));
  const { user, system } = process.cpuUsage(cpu);
  return { user: user / n, sys: system / n, wall: ((performance.now() - t) * 1000) / n };
}

await run(3000);
const r = await run(Number(process.env.N ?? 10_000));
console.log(
  `app.request filing (${CONCURRENCY} concurrent): user ${r.user.toFixed(0)} µs, system ${r.sys.toFixed(0)} µs, wall ${r.wall.toFixed(0)} µs per filing`,
);
await store.close();
rmSync(dir, { recursive: true, force: true });
