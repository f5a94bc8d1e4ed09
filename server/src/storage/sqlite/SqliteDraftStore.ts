import type { Database } from 'better-sqlite3';
import type { Draft, DraftStore } from '../DraftStore';

/** Drafts on SQLite (first version; server-modules extends it). */
export class SqliteDraftStore implements DraftStore {
  constructor(private readonly db: Database) {}

  get(enteId: string, moduleId: string, owner: string): Promise<Draft | undefined> {
    const r = this.db
      .prepare('SELECT * FROM drafts WHERE ente_id = ? AND module_id = ? AND owner = ?')
      .get(enteId, moduleId, owner) as { version: string; answers: string; updated_at: string } | undefined;
    return Promise.resolve(
      r && {
        enteId,
        moduleId,
        owner,
        version: r.version,
        answers: JSON.parse(r.answers) as Record<string, unknown>,
        updatedAt: r.updated_at,
      },
    );
  }

  put(d: Draft): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO drafts (ente_id, module_id, owner, version, answers, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (ente_id, module_id, owner) DO UPDATE SET version = excluded.version,
           answers = excluded.answers, updated_at = excluded.updated_at`,
      )
      .run(d.enteId, d.moduleId, d.owner, d.version, JSON.stringify(d.answers), d.updatedAt);
    return Promise.resolve();
  }

  purgeSavedBefore(cutoff: string): Promise<Draft[]> {
    const purge = this.db.transaction(() => {
      const rows = this.db
        .prepare('SELECT * FROM drafts WHERE updated_at <= ? ORDER BY updated_at')
        .all(cutoff) as {
        ente_id: string;
        module_id: string;
        owner: string;
        version: string;
        answers: string;
        updated_at: string;
      }[];
      this.db.prepare('DELETE FROM drafts WHERE updated_at <= ?').run(cutoff);
      return rows.map((r): Draft => ({
        enteId: r.ente_id,
        moduleId: r.module_id,
        owner: r.owner,
        version: r.version,
        answers: JSON.parse(r.answers) as Record<string, unknown>,
        updatedAt: r.updated_at,
      }));
    });
    return Promise.resolve(purge());
  }

  delete(enteId: string, moduleId: string, owner: string): Promise<boolean> {
    const info = this.db
      .prepare('DELETE FROM drafts WHERE ente_id = ? AND module_id = ? AND owner = ?')
      .run(enteId, moduleId, owner);
    return Promise.resolve(info.changes > 0);
  }
}
