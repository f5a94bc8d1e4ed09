/** A login session: the identity a cookie stands for. */
export interface Session {
  id: string;
  /** "citizen" (SPID/CIE claims) or "staff" (an ente's staff account). */
  kind: 'citizen' | 'staff';
  /** The identity as JSON: claims of a citizen, or the staff member's id and ente. */
  subject: Record<string, unknown>;
  /** ISO instants. */
  createdAt: string;
  expiresAt: string;
}

/**
 * Sessions, staff accounts, integration tokens. First version (server-core): sessions only;
 * server-identity extends it.
 */
export interface IdentityStore {
  createSession(session: Session): Promise<void>;
  getSession(id: string, now: Date): Promise<Session | undefined>;
  deleteSession(id: string): Promise<void>;
}
