import type { Database } from 'better-sqlite3';

/**
 * WAL pages (4 KB) after which the committing connection copies the WAL into the database (a
 * checkpoint: the pages read back, written, two fsyncs, on the event loop of the process that
 * commits). SQLite's default is 1,000: every ~350 filings. A checkpoint copies each page once
 * however often the WAL holds it, and the pages every batch rewrites (the tails of the indexes,
 * the counters) are most of the WAL: at 10,000 the server filed 5–12 % more a second for 5–24 µs
 * less CPU each (three back-to-back pairs), p99 21 → 30–34 ms; 20,000 gained nothing more. A
 * WAL of up to 40 MB (docs/decisions/2026-12-03-filing-throughput.md).
 */
export const WAL_AUTOCHECKPOINT_PAGES = 10_000;

/**
 * The settings of every connection to a store's file: WAL, `synchronous=FULL` (a commit survives
 * power loss, not only a crash of the process), foreign keys on, a 5 s wait for another
 * connection's write (another server process's, the CLI's).
 */
export function configureConnection(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  // Indexes keyed by a filer, an office or (before codes began with their day) a pratica code are
  // touched all over: the default 2 MB page cache made a filing dearer as the register grew.
  db.pragma('cache_size = -65536');
  // Statement journals in memory: inside the filing batch's transaction every INSERT that may
  // fail a constraint journals the pages it changes, and in a temporary file that was ~50
  // `pwrite`s per filing (strace), most of a filing's system time.
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  immediateTransactions(db);
}

/**
 * Makes `db.transaction(fn)` begin IMMEDIATE (taking the write lock at BEGIN, waiting up to the
 * busy timeout for it). A DEFERRED transaction that reads before it writes cannot wait: when
 * another connection (another server process on the file, the CLI) holds the lock or has committed since the read, its
 * first write fails at once with SQLITE_BUSY. Nested calls still run as savepoints.
 */
function immediateTransactions(db: Database): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const t = transaction(fn);
    const run = t.immediate;
    return Object.assign((...args: never[]) => run(...args), {
      default: run,
      deferred: t.deferred,
      immediate: t.immediate,
      exclusive: t.exclusive,
    });
  }) as Database['transaction'];
}
