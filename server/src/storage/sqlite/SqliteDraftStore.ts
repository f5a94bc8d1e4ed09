import type { Database } from 'better-sqlite3';
import type { Draft, DraftStore } from '../DraftStore';

interface DraftRow {
  ente_id: string;
  module_id: string;
  owner: string;
  version: string;
  answers: string;
  step: string | null;
  updated_at: string;
}

const toDraft = (r: DraftRow): Draft => ({
  enteId: r.ente_id,
  moduleId: r.module_id,
  owner: r.owner,
  version: r.version,
  answers: JSON.parse(r.answers) as Record<string, unknown>,
  ...(r.step === null ? {} : { step: r.step }),
  updatedAt: r.updated_at,
});

/** Drafts on SQLite (first version; server-modules extends it). */
export class SqliteDraftStore implements DraftStore {
  constructor(private readonly db: Database) {}

  get(enteId: string, moduleId: string, owner: string): Promise<Draft | undefined> {
    const r = this.db
      .prepare('SELECT * FROM drafts WHERE ente_id = ? AND module_id = ? AND owner = ?')
      .get(enteId, moduleId, owner) as DraftRow | undefined;
    return Promise.resolve(r && toDraft(r));
  }

  put(d: Draft): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO drafts (ente_id, module_id, owner, version, answers, step, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (ente_id, module_id, owner) DO UPDATE SET version = excluded.version,
           answers = excluded.answers, step = excluded.step, updated_at = excluded.updated_at`,
      )
      .run(d.enteId, d.moduleId, d.owner, d.version, JSON.stringify(d.answers), d.step ?? null, d.updatedAt);
    return Promise.resolve();
  }

  purgeSavedBefore(cutoff: string): Promise<Draft[]> {
    const purge = this.db.transaction(() => {
      const rows = this.db
        .prepare('SELECT * FROM drafts WHERE updated_at <= ? ORDER BY updated_at')
        .all(cutoff) as DraftRow[];
      this.db.prepare('DELETE FROM drafts WHERE updated_at <= ?').run(cutoff);
      return rows.map(toDraft);
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
