/** A login session: the identity a cookie stands for. */
export interface Session {
  /** The SHA-256 (hex) of the cookie value: the cookie itself is never stored. */
  id: string;
  /** "citizen" (SPID/CIE claims) or "staff" (an ente's staff account). */
  kind: 'citizen' | 'staff';
  /** The identity as JSON: claims of a citizen, or the staff member's id and ente. */
  subject: Record<string, unknown>;
  /** Sent back in `X-CSRF-Token` on every cookie-authenticated write. */
  csrfToken?: string;
  /** ISO instants. */
  createdAt: string;
  expiresAt: string;
}

/** An OIDC login in flight, between `/auth/login` and `/auth/callback`. */
export interface LoginState {
  state: string;
  codeVerifier: string;
  nonce: string;
  kind: 'citizen' | 'staff';
  /** The ente the login is for (its allowed origins bound `returnTo`). */
  enteId?: string;
  /** The SPID level asked for, e.g. "SpidL2". */
  level: string;
  /** Where to send the browser after the callback: already checked against allowed origins. */
  returnTo: string;
  expiresAt: string;
}

/**
 * A citizen's session handed to an embed on an ente's site: the login returns there with a
 * one-time code, which the embed exchanges (once, within a minute) for the session secret.
 */
export interface SessionHandover {
  /** SHA-256 (hex) of the code: the code itself is never stored. */
  codeSha256: string;
  /** The ente whose site the login returned to: only its API exchanges the code. */
  enteId: string;
  /** The session secret, sealed with a key derived from the code (see `auth/sessionHandover.ts`). */
  sealed: string;
  expiresAt: string;
}

/** How a staff member of an ente's directory logs in. */
export interface StaffCredential {
  enteId: string;
  staffId: string;
  username?: string;
  /** scrypt (see `auth/password.ts`). */
  passwordHash?: string;
  /** "<issuer> <sub>" of an OIDC account bound to this staff member. */
  oidcSubject?: string;
}

/** An integration token of an ente (the secret itself is shown once and never stored). */
export interface IntegrationToken {
  id: string;
  enteId: string;
  name: string;
  scopes: string[];
  /** SHA-256 (hex) of the secret. */
  secretSha256: string;
  createdAt: string;
  /** Who created it, e.g. "staff:montebello/anna-verdi". */
  createdBy: string;
  lastUsedAt?: string;
  revokedAt?: string;
}

/** Sessions, pending logins, staff credentials, the login rate limit and integration tokens. */
export interface IdentityStore {
  createSession(session: Session): Promise<void>;
  getSession(id: string, now: Date): Promise<Session | undefined>;
  deleteSession(id: string): Promise<void>;
  /** Removes expired sessions, login states and handovers; returns how many sessions went. */
  purgeExpired(now: Date): Promise<number>;

  putLoginState(state: LoginState): Promise<void>;
  /** Returns and deletes a pending login (one use only); undefined when unknown or expired. */
  takeLoginState(state: string, now: Date): Promise<LoginState | undefined>;

  putHandover(handover: SessionHandover): Promise<void>;
  /** Returns and deletes a handover (one use only), expired or not; undefined when unknown or used. */
  takeHandover(codeSha256: string): Promise<SessionHandover | undefined>;

  /** Creates or replaces the credential of one staff member. */
  putStaffCredential(credential: StaffCredential): Promise<void>;
  findStaffByUsername(enteId: string, username: string): Promise<StaffCredential | undefined>;
  /** Every staff membership bound to an OIDC account (a person may work for several entes). */
  findStaffByOidcSubject(oidcSubject: string): Promise<StaffCredential[]>;

  /** Records a failed login under each key. */
  recordLoginFailure(keys: string[], at: Date): Promise<void>;
  /** Failures under `key` since `since`. */
  countLoginFailures(key: string, since: Date): Promise<number>;
  /** Forgets the failures under `key` (after a successful login). */
  clearLoginFailures(key: string): Promise<void>;

  createToken(token: IntegrationToken): Promise<void>;
  /** The token with this secret hash, revoked or not. */
  findTokenBySecret(secretSha256: string): Promise<IntegrationToken | undefined>;
  listTokens(enteId: string): Promise<IntegrationToken[]>;
  /** Revokes a token of this ente; false when there is none. */
  revokeToken(enteId: string, id: string, at: Date): Promise<boolean>;
  touchToken(id: string, at: Date): Promise<void>;
}
