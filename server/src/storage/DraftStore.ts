/** A citizen's partial submission, resumable later. */
export interface Draft {
  enteId: string;
  moduleId: string;
  /** The module version the answers were given against. */
  version: string;
  owner: string;
  answers: Record<string, unknown>;
  /** The id of the step it was saved on ("Salva e continua più tardi"), where resuming opens. */
  step?: string;
  /** ISO instant. */
  updatedAt: string;
}

/**
 * Drafts. First version (server-core); server-modules extends it (purge after a year, carry
 * to a new version).
 */
export interface DraftStore {
  get(enteId: string, moduleId: string, owner: string): Promise<Draft | undefined>;
  put(draft: Draft): Promise<void>;
  delete(enteId: string, moduleId: string, owner: string): Promise<boolean>;
  /** server-modules: deletes every draft last saved at or before `cutoff` (ISO) and returns them. */
  purgeSavedBefore(cutoff: string): Promise<Draft[]>;
}
