import type { AuditStore } from './AuditStore';
import type { BackofficeStore } from './BackofficeStore';
import type { DraftStore } from './DraftStore';
import type { EnteStore } from './EnteStore';
import type { IdentityStore } from './IdentityStore';
import type { ModuleStore } from './ModuleStore';
import type { PraticaStore } from './PraticaStore';
import type { RatingStore } from './RatingStore';
import type { UploadStore } from './UploadStore';
import type { WebhookStore } from './WebhookStore';

/**
 * Everything the server keeps, behind an asynchronous interface: SQLite today (synchronous
 * underneath), a PostgreSQL store for several instances later. Routes see only this; SQL and
 * transactions stay inside the implementation. `storeSuite` is its contract.
 */
export interface Store {
  entes: EnteStore;
  pratiche: PraticaStore;
  uploads: UploadStore;
  audit: AuditStore;
  modules: ModuleStore;
  drafts: DraftStore;
  identity: IdentityStore;
  ratings: RatingStore;
  backoffice: BackofficeStore;
  webhooks: WebhookStore;
  /**
   * Runs `work` unless another instance is running `job` now (then resolves undefined at once):
   * for jobs that must not run twice at the same time, such as sending e-mails. Only stores
   * shared by several instances have it; with one instance the caller runs `work` directly.
   */
  runAlone?<T>(job: string, work: () => Promise<T>): Promise<T | undefined>;
  /** Flushes pending work and closes the database. */
  close(): Promise<void>;
}

/** Makes a fresh, empty store (for the contract suite). */
export type MakeStore = () => Promise<Store>;
