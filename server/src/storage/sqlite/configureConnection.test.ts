import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configureConnection, WAL_AUTOCHECKPOINT_PAGES } from './configureConnection';

describe('configureConnection', () => {
  const dir = mkdtempSync(join(tmpdir(), 'configure-connection-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("begins transactions IMMEDIATE: a read then a write is not undone by another connection's commit", () => {
    const file = join(dir, 'c.sqlite');
    const a = new Database(file);
    configureConnection(a);
    a.exec('CREATE TABLE t (v TEXT) STRICT');
    const b = new Database(file);
    b.pragma('busy_timeout = 0');
    let other: unknown;
    a.transaction(() => {
      a.prepare('SELECT count(*) FROM t').get();
      // Another process writes between this transaction's read and its write: DEFERRED, its
      // write would then fail with SQLITE_BUSY_SNAPSHOT; IMMEDIATE holds the lock from BEGIN.
      try {
        b.prepare("INSERT INTO t (v) VALUES ('b')").run();
      } catch (error) {
        other = error;
      }
      a.prepare("INSERT INTO t (v) VALUES ('a')").run();
    })();
    expect(other).toMatchObject({ code: 'SQLITE_BUSY' });
    expect(a.prepare('SELECT v FROM t').pluck().all()).toEqual(['a']);
    // Nested calls are savepoints of the outer transaction.
    a.transaction(() => {
      a.transaction(() => a.prepare("INSERT INTO t (v) VALUES ('n')").run())();
      expect(a.inTransaction).toBe(true);
    })();
    expect(a.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
    a.close();
    b.close();
  });

  it('checkpoints the WAL after 10,000 pages, not after SQLite’s default 1,000', () => {
    const own = mkdtempSync(join(tmpdir(), 'wal-checkpoint-'));
    const db = new Database(join(own, 'w.sqlite'));
    configureConnection(db);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_PAGES);
    expect(WAL_AUTOCHECKPOINT_PAGES).toBe(10_000);
    db.exec('CREATE TABLE t (v BLOB) STRICT');
    // 3,000 pages in 300 commits: with the default the WAL would have been copied and restarted.
    const insert = db.prepare('INSERT INTO t (v) VALUES (randomblob(4000))');
    for (let i = 0; i < 300; i++) db.transaction(() => Array.from({ length: 10 }, () => insert.run()))();
    const [status] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
    expect(status!.log).toBeGreaterThan(3_000);
    expect(status!.log).toBeLessThan(WAL_AUTOCHECKPOINT_PAGES);
    db.close();
    rmSync(own, { recursive: true, force: true });
  });
});
