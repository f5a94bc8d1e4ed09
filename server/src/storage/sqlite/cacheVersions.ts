import type { Database, Statement } from 'better-sqlite3';

/** A cache kept by a store on one connection, with its counter in `cache_versions` (migration 014). */
export type CacheName = 'directory' | 'modules';

/**
 * Tells a store when another connection (another server process on the file, the CLI) has
 * written what its cache holds. `PRAGMA data_version` changes when any other connection commits
 * (a filing, too); only then are the counters read, and a cache is stale when its counter moved.
 * The version is read once per turn of the event loop: outside a transaction each read is a
 * read transaction of its own (locks on the `-shm` file), 10–40 µs of a filing when every ente
 * and module read paid it (`filingRun.ts`). So another connection's commit is seen from the
 * next turn on: by every request that has not already begun reading in this one.
 */
export class CacheVersions {
  private readonly dataVersion: Statement;
  private readonly counters: Statement;
  private seenData = -1;
  private current = new Map<string, number>();
  private readonly known = new Map<string, number>();
  /** The version was read in this turn of the event loop. */
  private readThisTurn = false;
  private readonly nextTurn = () => {
    this.readThisTurn = false;
  };

  constructor(db: Database) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.counters = db.prepare('SELECT name, version FROM cache_versions');
  }

  /**
   * Whether `name`'s cache must be forgotten before this read: true once after a write to it by
   * another connection (a write on this connection clears the cache itself).
   */
  stale(name: CacheName): boolean {
    if (!this.readThisTurn) {
      this.readThisTurn = true;
      setImmediate(this.nextTurn);
      const data = this.dataVersion.get() as number;
      if (data !== this.seenData) {
        this.seenData = data;
        this.current = new Map(
          (this.counters.all() as { name: string; version: number }[]).map((r) => [r.name, r.version]),
        );
      }
    }
    const now = this.current.get(name) ?? 0;
    const before = this.known.get(name);
    this.known.set(name, now);
    return before !== undefined && before !== now;
  }
}
