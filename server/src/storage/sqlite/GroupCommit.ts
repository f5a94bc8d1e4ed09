import type { Database } from 'better-sqlite3';

interface Pending<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: concurrent writes queue, and one `setImmediate` later the whole queue runs in
 * one transaction. Optimistically without savepoints: a savepoint per item made SQLite copy
 * every page an item touched into its sub-journal (a temporary file: ~25 `pwrite`s per filing,
 * the larger part of a filing's system time). Should an item throw, that transaction rolls back
 * and the batch runs again with each item in its own savepoint, so one failing item does not
 * undo the others. Each caller is answered only after the commit: with `synchronous=FULL` that is
 * after fsync. A commit per request caps near 2,000/s on these machines; a batch amortises
 * the fsync. (`queueMicrotask` would never batch: it runs before other sockets are read.)
 */
export class GroupCommit<I, O> {
  private queue: Pending<I, O>[] = [];
  private scheduled = false;
  private idle: (() => void)[] = [];
  private readonly runOne: (input: I) => O;
  private readonly runAll: (batch: Pending<I, O>[]) => O[];

  constructor(
    private readonly db: Database,
    apply: (input: I) => O,
    private readonly maxBatch = 512,
  ) {
    // Nested inside the batch's transaction, better-sqlite3 runs this as a savepoint.
    this.runOne = db.transaction(apply);
    this.runAll = db.transaction((batch: Pending<I, O>[]) => batch.map((item) => apply(item.input)));
  }

  /** Queues one write; resolves with its result after the batch it belongs to has committed. */
  push(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Resolves once nothing is queued (for a clean close). */
  drained(): Promise<void> {
    if (!this.scheduled && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private flush(): void {
    const batch = this.queue.splice(0, this.maxBatch);
    let values: O[] | undefined;
    try {
      values = this.runAll(batch);
    } catch {
      // An item threw (or the commit failed): nothing is stored; again, item by item.
    }
    if (values) {
      batch.forEach((item, i) => item.resolve(values[i]!));
      this.next();
      return;
    }
    const results: ({ ok: true; value: O } | { ok: false; error: unknown })[] = [];
    try {
      this.db.transaction(() => {
        for (const item of batch) {
          try {
            results.push({ ok: true, value: this.runOne(item.input) });
          } catch (error) {
            results.push({ ok: false, error });
          }
        }
      })();
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing of the batch is stored.
      batch.forEach((item) => item.reject(error));
      this.next();
      return;
    }
    batch.forEach((item, i) => {
      const r = results[i]!;
      if (r.ok) item.resolve(r.value);
      else item.reject(r.error);
    });
    this.next();
  }

  private next(): void {
    if (this.queue.length > 0) {
      setImmediate(() => this.flush());
      return;
    }
    this.scheduled = false;
    const idle = this.idle;
    this.idle = [];
    idle.forEach((resolve) => resolve());
  }
}
