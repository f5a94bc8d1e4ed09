// The store's filing path alone, without HTTP: CPU (user, system) per filing through
// `store.pratiche.file` in concurrent batches, as the group commit sees them under load.
// `node --import tsx server/src/bench/storeBench.ts` (N filings, BATCH concurrent; DROP=index,…
// to weigh indexes). A diagnostic beside `pnpm bench:server`, not one of the figures.
import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleSubmission } from '@modulo/form-model';
import { libraryModules } from '@modulo/form-library';
import { canonicalJson } from '../register/canonicalJson';
import { sha256Hex } from '../register/sha256Hex';
import type { FilingInput } from '../storage/PraticaStore';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { seedDemo } from '../seed/seedDemo';
import { benchModule } from './benchModule';

const dir = mkdtempSync(join(tmpdir(), 'store-bench-'));
const store = openSqliteStore(join(dir, 'modulo.sqlite'));
await seedDemo(store, libraryModules(), new Date());
const db = (store.pratiche as unknown as { db: Database }).db;
for (const index of (process.env.DROP ?? '').split(',').filter(Boolean)) db.exec(`DROP INDEX ${index}`);
const module = benchModule();
const submitter = 'citizen:RSSMRA80A01H501U';
const document = canonicalJson({
  ente: 'montebello',
  module: { id: module.id, version: module.version },
  submitter,
  answers: sampleSubmission(module),
  attachments: [],
});
const input = (): FilingInput => ({
  enteId: 'montebello',
  moduleId: module.id,
  moduleVersion: module.version,
  submitter,
  at: new Date(),
  document,
  documentSha256: sha256Hex(document),
  attachments: [],
  assignment: {
    officeName: 'Ufficio Tecnico',
    responsibleName: 'Chiara Fontana',
    responsibleTitle: 'Responsabile',
  },
  deadline: '2026-12-31',
  termDays: 30,
  fees: { fees: [], totalCents: 4600 },
  subject: 'Occupazione di suolo pubblico',
});
const BATCH = Number(process.env.BATCH ?? 64);

async function run(n: number) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < n; i += BATCH)
    await Promise.all(Array.from({ length: BATCH }, () => store.pratiche.file(input())));
  const { user, system } = process.cpuUsage(cpu);
  return { user: user / n, sys: system / n, wall: ((performance.now() - t) * 1000) / n };
}

await run(5000);
const r = await run(Number(process.env.N ?? 20_000));
console.log(
  `store.file per filing (document ${document.length} bytes, batches of ${BATCH}): user ${r.user.toFixed(0)} µs, system ${r.sys.toFixed(0)} µs, wall ${r.wall.toFixed(0)} µs`,
);
await store.close();
rmSync(dir, { recursive: true, force: true });
