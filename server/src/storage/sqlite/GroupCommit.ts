import type { Database } from 'better-sqlite3';
import { closeSync, fdatasync, openSync } from 'node:fs';

interface Pending<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

/** Answers a committed batch's callers: with their results, or with the error of its sync. */
type Answer = (syncError: Error | null) => void;

/**
 * Group commit: concurrent writes queue, and one `setImmediate` later the whole queue runs in
 * one transaction. Optimistically without savepoints: a savepoint per item made SQLite copy
 * every page an item touched into its sub-journal (a temporary file: ~25 `pwrite`s per filing,
 * the larger part of a filing's system time). Should an item throw, that transaction rolls back
 * and the batch runs again with each item in its own savepoint, so one failing item does not
 * undo the others. Each caller is answered only after the commit is on disk. A commit per
 * request caps near 2,000/s on these machines; a batch amortises the fsync. (`queueMicrotask`
 * would never batch: it runs before other sockets are read.)
 *
 * On a WAL file the fsync leaves the event loop: the batch commits with `synchronous=NORMAL`
 * (SQLite writes the WAL frames without syncing them; its checkpoints still sync), then one
 * `fdatasync` of the `-wal` file runs on libuv's thread pool, and only when it returns are the
 * batch's callers answered: for every answer given, the durability of `FULL`, while the thread
 * goes on reading and checking the next requests. Those queue meanwhile and commit together
 * when the sync returns (one commit and sync at a time): larger batches, and a batch's cost is
 * mostly per commit (the pages every filing touches: counters, tails of the register and
 * indexes), so at 4 filings a batch a filing cost twice its CPU at 64. Other writes on the
 * connection keep `FULL`. docs/decisions/2026-12-03-filing-throughput.md.
 */
export class GroupCommit<I, O> {
  private queue: Pending<I, O>[] = [];
  private scheduled = false;
  private idle: (() => void)[] = [];
  private readonly runOne: (input: I) => O;
  private readonly runAll: (batch: Pending<I, O>[]) => O[];
  /** The connection's wait for another connection's write lock, restored after each batch. */
  private readonly busyTimeout: number;
  private readonly pragmas: Record<'noWait' | 'wait' | 'normal' | 'full', () => void>;
  /** The `-wal` file's descriptor: undefined until the first batch, null when not on a WAL file. */
  private walFd: number | null | undefined;
  /** A batch is committed and its sync is in flight: the next batch waits for it. */
  private syncing = false;

  constructor(
    private readonly db: Database,
    /**
     * One write; or `{ one, batch }`: `batch` applies a whole batch at once (sharing per-batch
     * reads and writes), `one` an item alone in its savepoint after a batch has thrown.
     */
    apply: ((input: I) => O) | { one: (input: I) => O; batch: (inputs: I[]) => O[] },
    private readonly maxBatch = 512,
    /** `fdatasync` unless a test slows it down to see who waits for it. */
    private readonly sync: (fd: number, done: (error: Error | null) => void) => void = fdatasync,
  ) {
    const one = typeof apply === 'function' ? apply : apply.one;
    const all =
      typeof apply === 'function' ? (inputs: I[]) => inputs.map((input) => apply(input)) : apply.batch;
    // Nested inside the batch's transaction, better-sqlite3 runs this as a savepoint.
    this.runOne = db.transaction(one);
    this.runAll = db.transaction((batch: Pending<I, O>[]) => all(batch.map((item) => item.input))).immediate;
    this.busyTimeout = db.memory ? 0 : (db.pragma('busy_timeout', { simple: true }) as number);
    // Not prepared once: SQLite applies these pragmas when a statement is prepared, not run.
    const pragma = (sql: string) => () => void db.pragma(sql);
    this.pragmas = {
      noWait: pragma('busy_timeout = 0'),
      wait: pragma(`busy_timeout = ${this.busyTimeout}`),
      normal: pragma('synchronous = NORMAL'),
      full: pragma('synchronous = FULL'),
    };
  }

  /** Queues one write; resolves with its result after the batch it belongs to is on disk. */
  push(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.syncing || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Resolves once nothing is queued or waiting for its sync (for a clean close). */
  drained(): Promise<void> {
    if (!this.busy()) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Closes the `-wal` descriptor; call after `drained()`. */
  close(): void {
    if (typeof this.walFd === 'number') closeSync(this.walFd);
    this.walFd = null;
  }

  private busy(): boolean {
    return this.scheduled || this.queue.length > 0 || this.syncing;
  }

  private flush(): void {
    this.scheduled = false;
    if (this.walFd === undefined && !this.onWal()) this.walFd = null;
    // A batch never waits for the write lock inside SQLite (that would stop the thread): when
    // another process holds it (a second server process on the same file, the CLI), the batch
    // goes back to the queue and tries again a millisecond later.
    if (this.busyTimeout > 0) this.pragmas.noWait();
    if (this.walFd !== null) this.pragmas.normal();
    try {
      this.commit();
    } finally {
      if (this.walFd !== null) this.pragmas.full();
      if (this.busyTimeout > 0) this.pragmas.wait();
    }
  }

  /**
   * Puts a batch that found the write lock taken back at the head of the queue, to try again in
   * a millisecond (a batch holds the lock for a few): trying at every turn of the event loop would
   * spin on the core the other process needs to finish its batch.
   */
  private retry(batch: Pending<I, O>[]): void {
    this.queue.unshift(...batch);
    this.scheduled = true;
    setTimeout(() => this.flush(), 1);
  }

  private onWal(): boolean {
    return !this.db.memory && this.db.pragma('journal_mode', { simple: true }) === 'wal';
  }

  private commit(): void {
    const batch = this.queue.splice(0, this.maxBatch);
    let values: O[] | undefined;
    try {
      values = this.runAll(batch);
    } catch (error) {
      if (lockTaken(error, this.db)) return this.retry(batch);
      // An item threw (or the commit failed): nothing is stored; again, item by item.
    }
    if (values) {
      const results = values;
      this.afterSync((syncError) =>
        batch.forEach((item, i) => (syncError ? item.reject(syncError) : item.resolve(results[i]!))),
      );
      this.next();
      return;
    }
    const results: ({ ok: true; value: O } | { ok: false; error: unknown })[] = [];
    try {
      this.db
        .transaction(() => {
          for (const item of batch) {
            try {
              results.push({ ok: true, value: this.runOne(item.input) });
            } catch (error) {
              results.push({ ok: false, error });
            }
          }
        })
        .immediate();
    } catch (error) {
      if (lockTaken(error, this.db)) return this.retry(batch);
      // The commit itself failed (disk full, I/O error): nothing of the batch is stored.
      batch.forEach((item) => item.reject(error));
      this.next();
      return;
    }
    this.afterSync((syncError) =>
      batch.forEach((item, i) => {
        const r = results[i]!;
        if (!r.ok) item.reject(r.error);
        else if (syncError) item.reject(syncError);
        else item.resolve(r.value);
      }),
    );
    this.next();
  }

  /** Answers a batch just committed once it is on disk. */
  private afterSync(answer: Answer): void {
    if (this.walFd === null) return answer(null);
    // Opened after a commit, which has created the file if it was not there yet. The connection
    // stays open, so SQLite keeps this file (it resets it, never replaces it).
    this.walFd ??= openSync(`${this.db.name}-wal`, 'r');
    this.syncing = true;
    this.sync(this.walFd, (error) => {
      this.syncing = false;
      // A failed sync: what the batch committed may not be on disk, so no caller is told so.
      answer(error);
      this.next();
    });
  }

  private next(): void {
    this.schedule();
    this.settleIdle();
  }

  private settleIdle(): void {
    if (this.busy()) return;
    const idle = this.idle;
    this.idle = [];
    idle.forEach((resolve) => resolve());
  }
}

/** BEGIN IMMEDIATE found another connection's write lock: nothing of the batch ran. */
function lockTaken(error: unknown, db: Database): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY') && !db.inTransaction;
}
