import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configureConnection } from './configureConnection';

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
});
