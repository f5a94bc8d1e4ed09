import type { Database, Statement } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxQuery } from '../BackofficeStore';
import type { SqliteStore } from './openSqliteStore';
import { openSqliteStore } from './openSqliteStore';
import { SqliteBackofficeStore } from './SqliteBackofficeStore';
import { SqlitePraticaStore } from './SqlitePraticaStore';
import { sqliteInbox } from './sqliteInbox';
import { sqliteProcedureFigures } from './sqliteProcedureFigures';
import { sqliteRetention } from './sqliteRetention';

/**
 * Migration 012 dropped two of pratiche's indexes (every filing writes each one): the queries
 * that read pratiche must still find theirs. Each query runs through the real store code on a
 * connection that records what it prepares, then its plan is read with the same parameters.
 */
function plans(db: Database, run: (db: Database) => unknown): string[] {
  const seen: { sql: string; args: unknown[] }[] = [];
  const recordingStatement = (sql: string, statement: Statement) =>
    new Proxy(statement, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (key === 'all' || key === 'get' || key === 'run')
          return (...args: unknown[]) => {
            seen.push({ sql, args });
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  const recording = new Proxy(db, {
    get(target, key) {
      if (key === 'prepare') return (sql: string) => recordingStatement(sql, target.prepare(sql));
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  run(recording);
  return seen
    .filter((s) => /\bpratiche\b/.test(s.sql))
    .map((s) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.args) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | '),
    );
}

describe('indexes on pratiche after migration 012', () => {
  let dir: string;
  let store: SqliteStore;
  let db: Database;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'index-diet-'));
    store = openSqliteStore(join(dir, 'modulo.sqlite'));
    db = (store.pratiche as unknown as { db: Database }).db;
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const inbox = (q: Partial<InboxQuery>) =>
    plans(db, (d) => sqliteInbox(d, { enteId: 'e', scope: { all: true }, offset: 0, limit: 50, ...q }));

  it('has dropped pratiche_figures and pratiche_office, and kept one office index', () => {
    const names = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'pratiche' ORDER BY name`)
      .pluck()
      .all();
    expect(names).not.toContain('pratiche_figures');
    expect(names).not.toContain('pratiche_office');
    expect(names).toContain('pratiche_office_due');
  });

  it('the inbox of the open pratiche reads them in due-date order from an index', () => {
    const [page, count] = inbox({ open: true });
    expect(page).toMatch(/USING INDEX pratiche_open_by_due/);
    expect(count).toMatch(/USING (COVERING )?INDEX pratiche_open_by_due/);
  });

  it('an office filter uses the merged office index, open or not', () => {
    const [open] = inbox({ open: true, officeId: 'o1' });
    expect(open).toMatch(/USING INDEX pratiche_office_due \(ente_id=\? AND office_id=\? AND due_date>\?\)/);
    expect(open).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    const [any] = inbox({ officeId: 'o1' });
    expect(any).toMatch(/USING INDEX pratiche_office_due \(ente_id=\? AND office_id=\?/);
  });

  it("a staff member's open inbox reads both parts from indexes (the same plan as before 012)", () => {
    const [page] = inbox({ open: true, scope: { all: false, offices: ['o1', 'o2'], staffId: 's' } });
    expect(page).toMatch(/SEARCH pratiche USING INDEX pratiche_open_by_due \(ente_id=\? AND due_date>\?\)/);
    expect(page).toMatch(/USING INDEX pratiche_responsible_due/);
    expect(page).not.toMatch(/SCAN pratiche/);
  });

  it("a citizen's list, the clock, monitoring and retention still find an index", () => {
    const [citizen] = plans(db, (d) => new SqlitePraticaStore(d).list('e', { submitter: 'citizen:X' }));
    expect(citizen).toMatch(/pratiche_submitter/);
    const [offices] = plans(db, (d) => new SqlitePraticaStore(d).list('e', { officeIds: ['o1'] }));
    // Its optional filters (`@x IS NULL OR …`) leave only the ente to search by, before 012 too.
    expect(offices).toMatch(/^SEARCH pratiche USING INDEX \w+ \(ente_id=\?\)/);
    const [clock] = plans(db, (d) => new SqliteBackofficeStore(d).clockCandidates('2026-12-03', 100));
    expect(clock).toMatch(/USING INDEX pratiche_open_by_due|USING INDEX pratiche_inbox/);
    const [notYetDue] = plans(db, (d) => sqliteProcedureFigures(d, 'e', '2026-12-03'));
    expect(notYetDue).toMatch(/USING (COVERING )?INDEX pratiche_module_due/);
    const [anonymisable] = plans(db, (d) => sqliteRetention.anonymisable(d, 'e', 'm', '2020-01-01', 10));
    expect(anonymisable).toMatch(/USING INDEX pratiche_retention/);
  });
});
