export type { Store, MakeStore } from './Store';
export type { Aoo, DirectoryOffice, Ente, EnteStore, StaffMember, StaffRole } from './EnteStore';
export type {
  Assignment,
  ChainCheck,
  FiledAttachment,
  FilingInput,
  FilingResult,
  PraticaStore,
  Protocol,
  RegisterEntry,
  StoredPratica,
} from './PraticaStore';
export type { UploadRecord, UploadStore } from './UploadStore';
export type { AuditEvent, AuditStore, StoredAuditEvent } from './AuditStore';
export type { ModuleStore, PublishedModule } from './ModuleStore';
export type { Draft, DraftStore } from './DraftStore';
export type { IdentityStore, Session } from './IdentityStore';
export type { Rating, RatingFeedback, RatingFeedbackQuery, RatingStore, RatingSummary } from './RatingStore';
export { openSqliteStore } from './sqlite/openSqliteStore';
export type { SqliteStore } from './sqlite/openSqliteStore';
export { migrate, loadMigrations, MIGRATIONS_DIR } from './sqlite/migrate';
export { verifySqliteChain } from './sqlite/verifySqliteChain';
export { openPgStore } from './postgres/openPgStore';
export type { PgStore } from './postgres/openPgStore';
export { openStore } from './openStore';
export type { OpenedStore } from './openStore';
