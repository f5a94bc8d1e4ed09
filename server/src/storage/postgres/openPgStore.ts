import type { Store } from '../Store';
import { migratePg, MIGRATION_LOCK } from './migratePg';
import { PgAuditStore } from './PgAuditStore';
import { PgBackofficeStore } from './PgBackofficeStore';
import { PgDraftStore } from './PgDraftStore';
import { PgEnteStore } from './PgEnteStore';
import { PgIdentityStore } from './PgIdentityStore';
import { PgModuleStore } from './PgModuleStore';
import { PgPraticaStore } from './PgPraticaStore';
import { PgRatingStore } from './PgRatingStore';
import { PgUploadStore } from './PgUploadStore';
import { PgWebhookStore } from './PgWebhookStore';
import { createPgPool } from './pgPool';

/** A store on a PostgreSQL database, shared by any number of server instances. */
export interface PgStore extends Store {
  readonly url: string;
  /** Runs `work` while holding the cluster-wide advisory lock (e.g. seeding a fresh database once). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  runAlone<T>(job: string, work: () => Promise<T>): Promise<T | undefined>;
}

/**
 * Opens a PostgreSQL store on `url` and applies the migrations not yet applied, under an
 * advisory lock so that instances starting together migrate once. `checkpointEvery`: links of
 * an AOO between two register checkpoints (1,000; tests use fewer).
 */
export async function openPgStore(url: string, options: { checkpointEvery?: number } = {}): Promise<PgStore> {
  const pool = createPgPool(url);
  try {
    await migratePg(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const pratiche = new PgPraticaStore(pool, options.checkpointEvery);
  let closed = false;
  return {
    url,
    entes: new PgEnteStore(pool),
    pratiche,
    uploads: new PgUploadStore(pool),
    audit: new PgAuditStore(pool),
    modules: new PgModuleStore(pool),
    drafts: new PgDraftStore(pool),
    identity: new PgIdentityStore(pool),
    ratings: new PgRatingStore(pool),
    backoffice: new PgBackofficeStore(pool),
    webhooks: new PgWebhookStore(pool),
    async exclusive<T>(work: () => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        client.release();
      }
    },
    // A session-level advisory lock on one held connection: released by PostgreSQL when the
    // instance dies, so a crashed sender never blocks the others.
    async runAlone<T>(job: string, work: () => Promise<T>): Promise<T | undefined> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        const { rows } = await client.query<{ locked: boolean }>(
          "SELECT pg_try_advisory_lock(hashtext('modulo:job:' || $1)) AS locked",
          [job],
        );
        if (!rows[0]?.locked) return undefined;
        try {
          return await work();
        } finally {
          await client
            .query("SELECT pg_advisory_unlock(hashtext('modulo:job:' || $1))", [job])
            .catch((e: Error) => (broken = e));
        }
      } finally {
        client.release(broken);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pratiche.drained();
      await pool.end();
    },
  };
}
