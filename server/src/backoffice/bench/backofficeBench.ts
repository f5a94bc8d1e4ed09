// `pnpm bench:backoffice`: 1 million pratiche in one ente (BENCH_PRATICHE), a third of them decided
// (with their `concluded` event), then the inbox (filter + sort by days left, first page), a pratica
// page, the monitoring indicators and the public page, through the real app on a SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { addDays } from '@modulo/procedure';
import { createApp } from '../../app';
import { openSqliteStore } from '../../storage/sqlite/openSqliteStore';
import { suiteEnte } from '../../storage/storeSuite';

const N = Number(process.env.BENCH_PRATICHE ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const OFFICES = ['urp', 'tributi', 'tecnico', 'anagrafe', 'scuola'];
const STATUSES = [
  'presented',
  'in_charge',
  'integration_requested',
  'refusal_notice',
  'ended_by_positive_outcome',
  'ended_by_negative_outcome',
];
const TODAY = '2026-12-02';

const dir = mkdtempSync(join(tmpdir(), 'modulo-bench-bo-'));
const file = join(dir, 'bench.sqlite');
const setup = openSqliteStore(file);
await setup.entes.put({
  ...suiteEnte('bench', 'AOO_BENCH'),
  offices: OFFICES.map((id) => ({ id, name: id })),
  staff: [
    { id: 'admin', name: 'Admin', title: 'Admin', roles: ['admin'], offices: [] },
    { id: 'op', name: 'Operatore', title: 'Operatore', roles: ['operator'], offices: ['tributi'] },
  ],
});
await setup.close();

// Seeding bypasses filing (measured by bench:server): plain inserts in one transaction.
let t = performance.now();
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = OFF');
// The trigger that fills the back-office columns of a filing costs an UPDATE per row: set them here.
const trigger = (
  db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'pratiche_backoffice_columns'`).get() as {
    sql: string;
  }
).sql;
db.exec('DROP TRIGGER pratiche_backoffice_columns');
const insert =
  db.prepare(`INSERT INTO pratiche (code, ente_id, module_id, module_version, submitter, status, aoo_code,
  protocol_year, protocol_number, protocol_at, protocol_date, segnatura, office_id, assignment, deadline, term_days,
  fees, subject, document, document_sha256, due_date) VALUES (?, 'bench', ?, '1.0.0', ?, ?, 'AOO_BENCH', ?, ?, ?, ?, ?, ?, ?, ?, 30,
  '{}', 'Istanza', '{}', '', ?)`);
// Each decided pratica gets its `concluded` event (0-60 days after filing) and each suspended one
// its integration request: migration 011's triggers then fill the decisions and suspensions.
const event = db.prepare('INSERT INTO pratica_events (pratica_code, seq, event) VALUES (?, 1, ?)');
const counters = new Map<number, number>();
let seed = 42;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
db.transaction(() => {
  for (let i = 0; i < N; i++) {
    const filed = addDays('2025-01-01', Math.floor(rand() * 700));
    const year = Number(filed.slice(0, 4));
    const number = (counters.get(year) ?? 0) + 1;
    counters.set(year, number);
    const office = OFFICES[i % OFFICES.length]!;
    const status = STATUSES[Math.floor(rand() * STATUSES.length)]!;
    insert.run(
      `B${i.toString(36).toUpperCase().padStart(7, '0')}`,
      `modulo-${i % 10}`,
      `citizen:${i % 50_000}`,
      status,
      year,
      number,
      `${filed}T09:00:00.000Z`,
      filed,
      `c_benc AOO_BENCH ${year} ${String(number).padStart(7, '0')} del ${filed}`,
      office,
      JSON.stringify({ officeId: office, officeName: office, responsibleName: 'R', responsibleTitle: 'R' }),
      addDays(filed, 30),
      status.startsWith('ended_') ? null : addDays(filed, 30),
    );
    const code = `B${i.toString(36).toUpperCase().padStart(7, '0')}`;
    if (status.startsWith('ended_by_'))
      event.run(
        code,
        JSON.stringify({
          type: 'concluded',
          outcome: status.endsWith('positive_outcome') ? 'positive' : 'negative',
          at: `${addDays(filed, i % 61)}T10:00:00.000Z`,
          by: 'R',
        }),
      );
    else if (status === 'integration_requested')
      event.run(
        code,
        JSON.stringify({ type: 'integration-requested', at: `${addDays(filed, 5)}T10:00:00.000Z`, by: 'R' }),
      );
  }
})();
db.exec(trigger);
db.exec('ANALYZE');
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
console.log(`seeded ${N.toLocaleString('en')} pratiche in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const store = openSqliteStore(file);
const as = (id: string, roles: string[], offices: string[]) =>
  createApp({
    store,
    now: () => new Date(`${TODAY}T10:00:00Z`),
    authenticate: async (c, next) => {
      c.set('staff', { id, enteId: 'bench', name: id, roles, offices, method: 'password' });
      await next();
    },
  });
const admin = as('admin', ['admin'], []);
const op = as('op', ['operator'], ['tributi']);

async function measure(label: string, app: ReturnType<typeof as>, path: () => string, runs = RUNS) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    const res = await app.request(path());
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${label}: ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  const worst = q(runs >= 100 ? 0.99 : 1);
  console.log(
    `${label.padEnd(44)} p50 ${q(0.5).padStart(6)} ms   ${runs >= 100 ? 'p99' : 'max'} ${worst.padStart(6)} ms`,
  );
  return Number(worst);
}

const first = (await (await admin.request('/api/backoffice/pratiche?pageSize=1')).json()) as {
  items: { code: string }[];
  total: number;
};
console.log(`open pratiche: ${first.total.toLocaleString('en')}`);
const inbox = await measure('inbox, admin, open, first page (20)', admin, () => '/api/backoffice/pratiche');
await measure('inbox, operator (1 office of 5), first page', op, () => '/api/backoffice/pratiche');
await measure(
  'inbox, admin, due=overdue, one procedure',
  admin,
  () => '/api/backoffice/pratiche?due=overdue&moduleId=modulo-3',
);
await measure(
  'inbox, admin, state=in_charge, page 50',
  admin,
  () => '/api/backoffice/pratiche?state=in_charge&page=50',
);
await measure('a pratica page', admin, () => `/api/backoffice/pratiche/${first.items[0]!.code}`);
// The indicators read migration 011's counts, the open pratiche not yet due and the decisions: a
// few runs, the worst printed.
const indicators = await measure(
  'monitoring indicators (JSON, 10 procedures)',
  admin,
  () => '/api/backoffice/monitoring',
  5,
);
const sample = (
  (await (await admin.request('/api/backoffice/monitoring')).json()) as {
    procedures: Record<string, unknown>[];
  }
).procedures[0]!;
const { submissionsPerMonth: _months, ...figures } = sample;
console.log(`  ${JSON.stringify(figures)}`);
await measure('public monitoring page (HTML, charts)', admin, () => '/entes/bench/monitoraggio', 5);
console.log(
  `targets at ${N.toLocaleString('en')} pratiche: inbox p99 <= 50 ms: ${inbox <= 50 ? 'met' : 'NOT met'}; ` +
    `indicators <= 1 s: ${indicators <= 1000 ? 'met' : 'NOT met'}`,
);
await store.close();
rmSync(dir, { recursive: true, force: true });
