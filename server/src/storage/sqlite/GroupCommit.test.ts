import Database from 'better-sqlite3';
import { fdatasync, fstatSync, mkdtempSync, rmSync, statSync } from 'node:fs';
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

  it('answers a batch only after an fdatasync of the -wal file, and commits the next one after it', async () => {
    const syncs: { fd: number; rows: number; done: () => void }[] = [];
    // A sync that waits for the test to let it go (then really syncs).
    const slowSync = (fd: number, done: (error: Error | null) => void) =>
      syncs.push({
        fd,
        rows: db.prepare('SELECT count(*) FROM t').pluck().get() as number,
        done: () => fdatasync(fd, done),
      });
    const commits = new GroupCommit(db, insert(), 512, slowSync);
    const answered: string[] = [];
    const first = ['a', 'b'].map((v) => commits.push(v).then((r) => answered.push(r)));
    await new Promise((r) => setTimeout(r, 20));
    // Committed (another connection would see the rows), not yet answered: the sync is pending.
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
    expect(syncs).toHaveLength(1);
    expect(syncs[0]!.rows).toBe(2);
    const wal = statSync(join(dir, 'g.sqlite-wal'));
    expect(fstatSync(syncs[0]!.fd).ino).toBe(wal.ino);
    expect(answered).toEqual([]);
    // Synchronous stays FULL for the connection's other writes.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);

    // Writes that come meanwhile wait for the sync, then commit together in one batch.
    const more = ['c', 'd'].map((v) => commits.push(v).then((r) => answered.push(r)));
    await new Promise((r) => setTimeout(r, 20));
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
    expect(syncs).toHaveLength(1);
    syncs[0]!.done();
    await Promise.all(first);
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toEqual(['A', 'B']);
    expect(syncs).toHaveLength(2);
    expect(syncs[1]!.rows).toBe(4);
    let drained = false;
    const idle = commits.drained().then(() => (drained = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(drained).toBe(false);
    syncs[1]!.done();
    await Promise.all([...more, idle]);
    expect(answered).toEqual(['A', 'B', 'C', 'D']);
    commits.close();
  });

  it('a failed sync fails the callers of the batches it covered', async () => {
    const commits = new GroupCommit(db, insert(), 512, (_fd, done) => done(new Error('EIO')));
    const settled = await Promise.allSettled(['a', 'b'].map((v) => commits.push(v)));
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    expect((settled[0] as PromiseRejectedResult).reason).toMatchObject({ message: 'EIO' });
    commits.close();
  });

  it('on a database without a WAL file answers right after the commit', async () => {
    const memory = new Database(':memory:');
    memory.exec('CREATE TABLE t (v TEXT PRIMARY KEY) STRICT');
    const stmt = memory.prepare('INSERT INTO t (v) VALUES (?)');
    const commits = new GroupCommit(
      memory,
      (v: string) => stmt.run(v).changes,
      512,
      () => {
        throw new Error('no sync expected');
      },
    );
    expect(await Promise.all(['a', 'b'].map((v) => commits.push(v)))).toEqual([1, 1]);
    memory.close();
  });

  it('syncs a WAL database whose first write is a batch (the -wal file is made by that commit)', async () => {
    const file = join(dir, 'fresh.sqlite');
    const setup = new Database(file);
    setup.pragma('journal_mode = WAL');
    setup.close(); // the last connection removes the -wal file
    const fresh = new Database(file);
    const synced: number[] = [];
    const commits = new GroupCommit(
      fresh,
      (v: string) => fresh.prepare('CREATE TABLE IF NOT EXISTS f (v TEXT) STRICT').run() && v,
      512,
      (fd, done) => {
        synced.push(fstatSync(fd).ino);
        fdatasync(fd, done);
      },
    );
    expect(await commits.push('x')).toBe('x');
    expect(synced).toEqual([statSync(`${file}-wal`).ino]);
    commits.close();
    fresh.close();
  });

  it("waits for another connection's write lock without stopping the thread, then commits", async () => {
    db.pragma('busy_timeout = 5000');
    const other = new Database(join(dir, 'g.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    other.prepare("INSERT INTO t (v) VALUES ('x')").run();
    const commits = new GroupCommit(db, insert());
    const filed = commits.push('a');
    // SQLite's own wait would block the thread for up to 5 s: a 30 ms timer must still fire on time.
    const t = performance.now();
    await new Promise((r) => setTimeout(r, 30));
    expect(performance.now() - t).toBeLessThan(1_000);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0);
    other.exec('COMMIT');
    expect(await filed).toBe('A');
    expect(db.prepare('SELECT v FROM t ORDER BY v').pluck().all()).toEqual(['a', 'x']);
    // The connection's own wait is back for its other writes.
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    await commits.drained();
    commits.close();
    other.close();
  });
});
