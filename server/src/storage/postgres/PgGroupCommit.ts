import type { Pool, PoolClient } from 'pg';
import { inTransaction } from './pgPool';

interface Pending<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit on PostgreSQL, per instance: filings that arrive while a batch is committing
 * queue, and the next batch files them all in one transaction (a fixed number of round trips,
 * one WAL flush). Each caller is answered only after COMMIT returned, so with
 * `synchronous_commit = on` after the WAL is on disk. If a batch fails as a whole, each of its
 * filings is retried alone, so one bad filing does not fail the others.
 */
export class PgGroupCommit<I, O> {
  private queue: Pending<I, O>[] = [];
  private running = false;
  private idle: (() => void)[] = [];

  constructor(
    private readonly pool: Pool,
    private readonly apply: (client: PoolClient, inputs: I[]) => Promise<O[]>,
    private readonly maxBatch = 256,
  ) {}

  push(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (!this.running) {
        this.running = true;
        // setImmediate, not a microtask: lets the other sockets' requests join the first batch.
        setImmediate(() => void this.flush());
      }
    });
  }

  /** Resolves once nothing is queued or committing (for a clean close). */
  drained(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const out = await inTransaction(this.pool, (c) =>
          this.apply(
            c,
            batch.map((b) => b.input),
          ),
        );
        batch.forEach((item, i) => item.resolve(out[i]!));
      } catch (error) {
        if (batch.length === 1) batch[0]!.reject(error);
        else
          for (const item of batch) {
            try {
              const [one] = await inTransaction(this.pool, (c) => this.apply(c, [item.input]));
              item.resolve(one!);
            } catch (e) {
              item.reject(e);
            }
          }
      }
    }
    this.running = false;
    const idle = this.idle;
    this.idle = [];
    idle.forEach((resolve) => resolve());
  }
}
