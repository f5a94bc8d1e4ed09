import type { Database } from 'better-sqlite3';
import type {
  IdentityStore,
  IntegrationToken,
  LoginState,
  Session,
  SessionHandover,
  StaffCredential,
} from '../IdentityStore';

interface SessionRow {
  id: string;
  kind: Session['kind'];
  subject: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}
interface CredentialRow {
  ente_id: string;
  staff_id: string;
  username: string | null;
  password_hash: string | null;
  oidc_subject: string | null;
}
interface TokenRow {
  id: string;
  ente_id: string;
  name: string;
  scopes: string;
  secret_sha256: string;
  created_at: string;
  created_by: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const credential = (r: CredentialRow): StaffCredential => ({
  enteId: r.ente_id,
  staffId: r.staff_id,
  ...(r.username === null ? {} : { username: r.username }),
  ...(r.password_hash === null ? {} : { passwordHash: r.password_hash }),
  ...(r.oidc_subject === null ? {} : { oidcSubject: r.oidc_subject }),
});

const token = (r: TokenRow): IntegrationToken => ({
  id: r.id,
  enteId: r.ente_id,
  name: r.name,
  scopes: JSON.parse(r.scopes) as string[],
  secretSha256: r.secret_sha256,
  createdAt: r.created_at,
  createdBy: r.created_by,
  ...(r.last_used_at === null ? {} : { lastUsedAt: r.last_used_at }),
  ...(r.revoked_at === null ? {} : { revokedAt: r.revoked_at }),
});

/** Sessions, pending logins, staff credentials, login failures and integration tokens on SQLite. */
export class SqliteIdentityStore implements IdentityStore {
  constructor(private readonly db: Database) {}

  createSession(s: Session): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO sessions (id, kind, subject, csrf_token, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(s.id, s.kind, JSON.stringify(s.subject), s.csrfToken ?? '', s.createdAt, s.expiresAt);
    return Promise.resolve();
  }

  getSession(id: string, now: Date): Promise<Session | undefined> {
    const r = this.db
      .prepare('SELECT * FROM sessions WHERE id = ? AND expires_at > ?')
      .get(id, now.toISOString()) as SessionRow | undefined;
    return Promise.resolve(
      r && {
        id: r.id,
        kind: r.kind,
        subject: JSON.parse(r.subject) as Record<string, unknown>,
        ...(r.csrf_token ? { csrfToken: r.csrf_token } : {}),
        createdAt: r.created_at,
        expiresAt: r.expires_at,
      },
    );
  }

  deleteSession(id: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
    return Promise.resolve();
  }

  purgeExpired(now: Date): Promise<number> {
    const at = now.toISOString();
    const purge = this.db.transaction(() => {
      this.db.prepare('DELETE FROM login_states WHERE expires_at <= ?').run(at);
      this.db.prepare('DELETE FROM session_handovers WHERE expires_at <= ?').run(at);
      return this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(at).changes;
    });
    return Promise.resolve(purge());
  }

  putLoginState(s: LoginState): Promise<void> {
    const { state, expiresAt, ...data } = s;
    this.db
      .prepare('INSERT INTO login_states (state, data, expires_at) VALUES (?, ?, ?)')
      .run(state, JSON.stringify(data), expiresAt);
    return Promise.resolve();
  }

  putHandover(h: SessionHandover): Promise<void> {
    this.db
      .prepare('INSERT INTO session_handovers (code_sha256, ente_id, sealed, expires_at) VALUES (?, ?, ?, ?)')
      .run(h.codeSha256, h.enteId, h.sealed, h.expiresAt);
    return Promise.resolve();
  }

  takeHandover(codeSha256: string): Promise<SessionHandover | undefined> {
    const r = this.db
      .prepare('DELETE FROM session_handovers WHERE code_sha256 = ? RETURNING *')
      .get(codeSha256) as
      { code_sha256: string; ente_id: string; sealed: string; expires_at: string } | undefined;
    return Promise.resolve(
      r && { codeSha256: r.code_sha256, enteId: r.ente_id, sealed: r.sealed, expiresAt: r.expires_at },
    );
  }

  takeLoginState(state: string, now: Date): Promise<LoginState | undefined> {
    const r = this.db.prepare('DELETE FROM login_states WHERE state = ? RETURNING *').get(state) as
      { state: string; data: string; expires_at: string } | undefined;
    if (!r || r.expires_at <= now.toISOString()) return Promise.resolve(undefined);
    const data = JSON.parse(r.data) as Omit<LoginState, 'state' | 'expiresAt'>;
    return Promise.resolve({ state: r.state, expiresAt: r.expires_at, ...data });
  }

  putStaffCredential(c: StaffCredential): Promise<void> {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO staff_credentials (ente_id, staff_id, username, password_hash, oidc_subject)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(c.enteId, c.staffId, c.username ?? null, c.passwordHash ?? null, c.oidcSubject ?? null);
    return Promise.resolve();
  }

  findStaffByUsername(enteId: string, username: string): Promise<StaffCredential | undefined> {
    const r = this.db
      .prepare('SELECT * FROM staff_credentials WHERE ente_id = ? AND username = ?')
      .get(enteId, username) as CredentialRow | undefined;
    return Promise.resolve(r && credential(r));
  }

  findStaffByOidcSubject(oidcSubject: string): Promise<StaffCredential[]> {
    const rows = this.db
      .prepare('SELECT * FROM staff_credentials WHERE oidc_subject = ? ORDER BY ente_id, staff_id')
      .all(oidcSubject) as CredentialRow[];
    return Promise.resolve(rows.map(credential));
  }

  recordLoginFailure(keys: string[], at: Date): Promise<void> {
    const insert = this.db.prepare('INSERT INTO login_failures (key, at) VALUES (?, ?)');
    this.db.transaction(() => keys.forEach((k) => insert.run(k, at.toISOString())))();
    return Promise.resolve();
  }

  countLoginFailures(key: string, since: Date): Promise<number> {
    const r = this.db
      .prepare('SELECT count(*) AS n FROM login_failures WHERE key = ? AND at > ?')
      .get(key, since.toISOString()) as { n: number };
    return Promise.resolve(r.n);
  }

  clearLoginFailures(key: string): Promise<void> {
    this.db.prepare('DELETE FROM login_failures WHERE key = ?').run(key);
    return Promise.resolve();
  }

  createToken(t: IntegrationToken): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO integration_tokens (id, ente_id, name, scopes, secret_sha256, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(t.id, t.enteId, t.name, JSON.stringify(t.scopes), t.secretSha256, t.createdAt, t.createdBy);
    return Promise.resolve();
  }

  findTokenBySecret(secretSha256: string): Promise<IntegrationToken | undefined> {
    const r = this.db
      .prepare('SELECT * FROM integration_tokens WHERE secret_sha256 = ?')
      .get(secretSha256) as TokenRow | undefined;
    return Promise.resolve(r && token(r));
  }

  listTokens(enteId: string): Promise<IntegrationToken[]> {
    const rows = this.db
      .prepare('SELECT * FROM integration_tokens WHERE ente_id = ? ORDER BY created_at, id')
      .all(enteId) as TokenRow[];
    return Promise.resolve(rows.map(token));
  }

  revokeToken(enteId: string, id: string, at: Date): Promise<boolean> {
    const r = this.db
      .prepare(
        'UPDATE integration_tokens SET revoked_at = ? WHERE ente_id = ? AND id = ? AND revoked_at IS NULL',
      )
      .run(at.toISOString(), enteId, id);
    return Promise.resolve(r.changes > 0);
  }

  touchToken(id: string, at: Date): Promise<void> {
    this.db.prepare('UPDATE integration_tokens SET last_used_at = ? WHERE id = ?').run(at.toISOString(), id);
    return Promise.resolve();
  }
}
