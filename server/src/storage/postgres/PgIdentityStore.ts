import type {
  IdentityStore,
  IntegrationToken,
  LoginState,
  Session,
  SessionHandover,
  StaffCredential,
} from '../IdentityStore';
import type { Queryable } from './pgPool';
import { inTransaction } from './pgPool';
import type { Pool } from 'pg';

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

/**
 * Sessions, pending logins, staff credentials, login failures and tokens on PostgreSQL: a login
 * begun on one instance ends on another, and the rate limit counts across all of them.
 */
export class PgIdentityStore implements IdentityStore {
  private readonly q: Queryable;
  constructor(private readonly pool: Pool) {
    this.q = pool;
  }

  async createSession(s: Session): Promise<void> {
    await this.q.query(
      `INSERT INTO sessions (id, kind, subject, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [s.id, s.kind, JSON.stringify(s.subject), s.csrfToken ?? '', s.createdAt, s.expiresAt],
    );
  }

  async getSession(id: string, now: Date): Promise<Session | undefined> {
    const { rows } = await this.q.query<SessionRow>({
      name: 'session.get',
      text: 'SELECT * FROM sessions WHERE id = $1 AND expires_at > $2',
      values: [id, now.toISOString()],
    });
    const r = rows[0];
    return (
      r && {
        id: r.id,
        kind: r.kind,
        subject: JSON.parse(r.subject) as Record<string, unknown>,
        ...(r.csrf_token ? { csrfToken: r.csrf_token } : {}),
        createdAt: r.created_at,
        expiresAt: r.expires_at,
      }
    );
  }

  async deleteSession(id: string): Promise<void> {
    await this.q.query('DELETE FROM sessions WHERE id = $1', [id]);
  }

  purgeExpired(now: Date): Promise<number> {
    const at = now.toISOString();
    return inTransaction(this.pool, async (c) => {
      await c.query('DELETE FROM login_states WHERE expires_at <= $1', [at]);
      await c.query('DELETE FROM session_handovers WHERE expires_at <= $1', [at]);
      return (await c.query('DELETE FROM sessions WHERE expires_at <= $1', [at])).rowCount ?? 0;
    });
  }

  async putLoginState(s: LoginState): Promise<void> {
    const { state, expiresAt, ...data } = s;
    await this.q.query('INSERT INTO login_states (state, data, expires_at) VALUES ($1, $2, $3)', [
      state,
      JSON.stringify(data),
      expiresAt,
    ]);
  }

  async putHandover(h: SessionHandover): Promise<void> {
    await this.q.query(
      'INSERT INTO session_handovers (code_sha256, ente_id, sealed, expires_at) VALUES ($1, $2, $3, $4)',
      [h.codeSha256, h.enteId, h.sealed, h.expiresAt],
    );
  }

  async takeHandover(codeSha256: string): Promise<SessionHandover | undefined> {
    const { rows } = await this.q.query<{
      code_sha256: string;
      ente_id: string;
      sealed: string;
      expires_at: string;
    }>('DELETE FROM session_handovers WHERE code_sha256 = $1 RETURNING *', [codeSha256]);
    const r = rows[0];
    return r && { codeSha256: r.code_sha256, enteId: r.ente_id, sealed: r.sealed, expiresAt: r.expires_at };
  }

  async takeLoginState(state: string, now: Date): Promise<LoginState | undefined> {
    const { rows } = await this.q.query<{ state: string; data: string; expires_at: string }>(
      'DELETE FROM login_states WHERE state = $1 RETURNING *',
      [state],
    );
    const r = rows[0];
    if (!r || r.expires_at <= now.toISOString()) return undefined;
    const data = JSON.parse(r.data) as Omit<LoginState, 'state' | 'expiresAt'>;
    return { state: r.state, expiresAt: r.expires_at, ...data };
  }

  async putStaffCredential(c: StaffCredential): Promise<void> {
    await this.q.query(
      `INSERT INTO staff_credentials (ente_id, staff_id, username, password_hash, oidc_subject)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (ente_id, staff_id) DO UPDATE SET username = excluded.username,
         password_hash = excluded.password_hash, oidc_subject = excluded.oidc_subject`,
      [c.enteId, c.staffId, c.username ?? null, c.passwordHash ?? null, c.oidcSubject ?? null],
    );
  }

  async findStaffByUsername(enteId: string, username: string): Promise<StaffCredential | undefined> {
    const { rows } = await this.q.query<CredentialRow>(
      'SELECT * FROM staff_credentials WHERE ente_id = $1 AND username = $2',
      [enteId, username],
    );
    return rows[0] && credential(rows[0]);
  }

  async findStaffByOidcSubject(oidcSubject: string): Promise<StaffCredential[]> {
    const { rows } = await this.q.query<CredentialRow>(
      'SELECT * FROM staff_credentials WHERE oidc_subject = $1 ORDER BY ente_id COLLATE "C", staff_id COLLATE "C"',
      [oidcSubject],
    );
    return rows.map(credential);
  }

  async recordLoginFailure(keys: string[], at: Date): Promise<void> {
    await this.q.query('INSERT INTO login_failures (key, at) SELECT k, $2 FROM unnest($1::text[]) AS k', [
      keys,
      at.toISOString(),
    ]);
  }

  async countLoginFailures(key: string, since: Date): Promise<number> {
    const { rows } = await this.q.query<{ n: number }>(
      'SELECT count(*) AS n FROM login_failures WHERE key = $1 AND at > $2',
      [key, since.toISOString()],
    );
    return rows[0]!.n;
  }

  async clearLoginFailures(key: string): Promise<void> {
    await this.q.query('DELETE FROM login_failures WHERE key = $1', [key]);
  }

  async createToken(t: IntegrationToken): Promise<void> {
    await this.q.query(
      `INSERT INTO integration_tokens (id, ente_id, name, scopes, secret_sha256, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [t.id, t.enteId, t.name, JSON.stringify(t.scopes), t.secretSha256, t.createdAt, t.createdBy],
    );
  }

  async findTokenBySecret(secretSha256: string): Promise<IntegrationToken | undefined> {
    const { rows } = await this.q.query<TokenRow>(
      'SELECT * FROM integration_tokens WHERE secret_sha256 = $1',
      [secretSha256],
    );
    return rows[0] && token(rows[0]);
  }

  async listTokens(enteId: string): Promise<IntegrationToken[]> {
    const { rows } = await this.q.query<TokenRow>(
      'SELECT * FROM integration_tokens WHERE ente_id = $1 ORDER BY created_at COLLATE "C", id COLLATE "C"',
      [enteId],
    );
    return rows.map(token);
  }

  async revokeToken(enteId: string, id: string, at: Date): Promise<boolean> {
    const r = await this.q.query(
      'UPDATE integration_tokens SET revoked_at = $1 WHERE ente_id = $2 AND id = $3 AND revoked_at IS NULL',
      [at.toISOString(), enteId, id],
    );
    return (r.rowCount ?? 0) > 0;
  }

  async touchToken(id: string, at: Date): Promise<void> {
    await this.q.query('UPDATE integration_tokens SET last_used_at = $1 WHERE id = $2', [
      at.toISOString(),
      id,
    ]);
  }
}
