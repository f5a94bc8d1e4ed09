import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { monitoringCountsSuite } from '../monitoringCountsSuite';
import type { Store } from '../Store';
import { openSqliteStore } from './openSqliteStore';
import { rawSqliteProcedureFigures } from './rawSqliteProcedureFigures';

const dir = mkdtempSync(join(tmpdir(), 'modulo-counts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** What migration 011 creates, so a test can go back to before it. */
export const UNDO_011 = `
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
