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
    async close() {
      if (closed) return;
      closed = true;
      await pratiche.drained();
      await pool.end();
    },
  };
}
