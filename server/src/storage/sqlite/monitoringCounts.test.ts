import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { suiteEnte } from '../storeSuite';
import { monitoringCountsSuite } from '../monitoringCountsSuite';
import type { Store } from '../Store';
import { openSqliteStore } from './openSqliteStore';
import { rawSqliteProcedureFigures } from './rawSqliteProcedureFigures';

const dir = mkdtempSync(join(tmpdir(), 'modulo-counts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** What migration 011 creates, so a test can go back to before it. */
const UNDO_011 = `
  DROP TRIGGER procedure_counts_filed; DROP TRIGGER procedure_counts_applicant;
  DROP TRIGGER procedure_counts_ended; DROP TRIGGER procedure_counts_dated;
  DROP TRIGGER procedure_counts_silenzio; DROP TRIGGER procedure_counts_suspended;
  DROP TRIGGER procedure_decisions_concluded;
  DROP TABLE procedure_counts; DROP TABLE procedure_months; DROP TABLE procedure_applicants;
  DROP TABLE procedure_decisions; DELETE FROM schema_migrations WHERE version = 11;`;

monitoringCountsSuite('SQLite file', () => {
  const file = join(dir, `counts-${n++}.sqlite`);
  let store: Store = openSqliteStore(file);
  const oracle = new Database(file, { readonly: true });
  return Promise.resolve({
    get store() {
      return store;
    },
    raw: (enteId, today) => Promise.resolve(rawSqliteProcedureFigures(oracle, enteId, today)),
    async reopenBefore011() {
      await store.close();
      const db = new Database(file);
      db.exec(UNDO_011);
      db.close();
      store = openSqliteStore(file);
      return store;
    },
    async close() {
      oracle.close();
      await store.close();
    },
  });
});

it('counts a row inserted without its back-office columns (dated by migration 008’s trigger)', async () => {
  const file = join(dir, `raw-${n++}.sqlite`);
  const store = openSqliteStore(file);
  await store.entes.put(suiteEnte('borgo'));
  const db = new Database(file);
  try {
    for (const [code, number] of [
      ['R1', 1],
      ['R2', 2],
    ] as const)
      db.prepare(
        `INSERT INTO pratiche (code, ente_id, module_id, module_version, submitter, status, aoo_code,
         protocol_year, protocol_number, protocol_at, protocol_date, segnatura, office_id, assignment, deadline,
         term_days, fees, subject, document, document_sha256) VALUES (?, 'borgo', ?, '1.0.0', 'citizen:X',
         'presented', 'AOO_BORGO', 2026, ?, '2026-03-02T09:00:00Z', '2026-03-02', 's', 'urp', '{}', '2026-04-01', 30,
         '{}', 'S', '{}', '')`,
      ).run(code, 'nuovo', number);
    const figures = await store.backoffice.monitoring('borgo', '2026-04-02');
    expect(figures).toEqual(rawSqliteProcedureFigures(db, 'borgo', '2026-04-02'));
    expect(figures.map((f) => [f.submissions, f.applicants, f.openOverdue])).toEqual([[2, 1, 2]]);
  } finally {
    db.close();
    await store.close();
  }
});
