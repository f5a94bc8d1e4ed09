import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommit } from './GroupCommit';

describe('GroupCommit', () => {
  let dir: string;
  let db: Database.Database;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'group-commit-'));
    db = new Database(join(dir, 'g.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (v TEXT PRIMARY KEY) STRICT');
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = () => {
    const stmt = db.prepare('INSERT INTO t (v) VALUES (?)');
    return (v: string) => {
      stmt.run(v);
      if (v.startsWith('bad')) throw new Error(`refused ${v}`);
      return v.toUpperCase();
    };
  };

  it('commits a batch of concurrent writes together and answers each with its own result', async () => {
    const commits = new GroupCommit(db, insert());
    const results = await Promise.all(['a', 'b', 'c'].map((v) => commits.push(v)));
    expect(results).toEqual(['A', 'B', 'C']);
    expect(db.prepare('SELECT v FROM t ORDER BY v').pluck().all()).toEqual(['a', 'b', 'c']);
  });

  it('an item that throws is undone alone: the others of its batch are stored', async () => {
    const commits = new GroupCommit(db, insert());
    const settled = await Promise.allSettled(['a', 'bad1', 'b', 'a'].map((v) => commits.push(v)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect((settled[1] as PromiseRejectedResult).reason).toMatchObject({ message: 'refused bad1' });
    // The duplicate 'a' failed its constraint; 'bad1' was inserted and then thrown: both undone.
    expect(db.prepare('SELECT v FROM t ORDER BY v').pluck().all()).toEqual(['a', 'b']);
    await commits.drained();
  });
});
