import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from '../Store';
import { CacheVersions } from './cacheVersions';
import { configureConnection } from './configureConnection';
import { migrate } from './migrate';
import { SqliteAuditStore } from './SqliteAuditStore';
import { SqliteBackofficeStore } from './SqliteBackofficeStore';
import { SqliteDraftStore } from './SqliteDraftStore';
import { SqliteEnteStore } from './SqliteEnteStore';
import { SqliteIdentityStore } from './SqliteIdentityStore';
import { SqliteModuleStore } from './SqliteModuleStore';
import { SqlitePraticaStore } from './SqlitePraticaStore';
import { SqliteRatingStore } from './SqliteRatingStore';
import { SqliteUploadStore } from './SqliteUploadStore';
import { SqliteWebhookStore } from './SqliteWebhookStore';

/** A store on one SQLite file (or `:memory:`), migrated to the latest schema. */
export interface SqliteStore extends Store {
  /** The file it was opened on. */
  readonly file: string;
}

/**
 * Opens (creating if needed) a SQLite store: WAL, `synchronous=FULL` (a commit survives
 * power loss, not only a crash of the process), foreign keys on, then the migrations.
 */
export function openSqliteStore(file: string, options: { checkpointEvery?: number } = {}): SqliteStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  configureConnection(db);
  migrate(db);
  const versions = new CacheVersions(db);
  const pratiche = new SqlitePraticaStore(db, options.checkpointEvery);
  return {
    file,
    entes: new SqliteEnteStore(db, versions),
    pratiche,
    uploads: new SqliteUploadStore(db),
    audit: new SqliteAuditStore(db),
    modules: new SqliteModuleStore(db, versions),
    drafts: new SqliteDraftStore(db),
    identity: new SqliteIdentityStore(db),
    ratings: new SqliteRatingStore(db),
    backoffice: new SqliteBackofficeStore(db),
    webhooks: new SqliteWebhookStore(db),
    async close() {
      await pratiche.drained();
      pratiche.release();
      if (db.open) db.close();
    },
  };
}
