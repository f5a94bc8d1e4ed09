import type { Database } from 'better-sqlite3';
import type { IdentityStore, Session } from '../IdentityStore';

/** Sessions on SQLite (first version; server-identity extends it). */
export class SqliteIdentityStore implements IdentityStore {
  constructor(private readonly db: Database) {}

  createSession(s: Session): Promise<void> {
    this.db
      .prepare('INSERT INTO sessions (id, kind, subject, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(s.id, s.kind, JSON.stringify(s.subject), s.createdAt, s.expiresAt);
    return Promise.resolve();
  }

  getSession(id: string, now: Date): Promise<Session | undefined> {
    const r = this.db
      .prepare('SELECT * FROM sessions WHERE id = ? AND expires_at > ?')
      .get(id, now.toISOString()) as
      | { id: string; kind: Session['kind']; subject: string; created_at: string; expires_at: string }
      | undefined;
    return Promise.resolve(
      r && {
        id: r.id,
        kind: r.kind,
        subject: JSON.parse(r.subject) as Record<string, unknown>,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
      },
    );
  }

  deleteSession(id: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
    return Promise.resolve();
  }
}
