import type { Draft, DraftStore } from '../DraftStore';
import type { Queryable } from './pgPool';

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

/** Citizens' drafts on PostgreSQL. */
export class PgDraftStore implements DraftStore {
  constructor(private readonly q: Queryable) {}

  async get(enteId: string, moduleId: string, owner: string): Promise<Draft | undefined> {
    const { rows } = await this.q.query<DraftRow>(
      'SELECT * FROM drafts WHERE ente_id = $1 AND module_id = $2 AND owner = $3',
      [enteId, moduleId, owner],
    );
    return rows[0] && toDraft(rows[0]);
  }

  async put(d: Draft): Promise<void> {
    await this.q.query(
      `INSERT INTO drafts (ente_id, module_id, owner, version, answers, step, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (ente_id, module_id, owner) DO UPDATE SET version = excluded.version,
         answers = excluded.answers, step = excluded.step, updated_at = excluded.updated_at`,
      [d.enteId, d.moduleId, d.owner, d.version, JSON.stringify(d.answers), d.step ?? null, d.updatedAt],
    );
  }

  async purgeSavedBefore(cutoff: string): Promise<Draft[]> {
    const { rows } = await this.q.query<DraftRow>(
      `WITH gone AS (DELETE FROM drafts WHERE updated_at <= $1 RETURNING *)
       SELECT * FROM gone ORDER BY updated_at COLLATE "C"`,
      [cutoff],
    );
    return rows.map(toDraft);
  }

  async delete(enteId: string, moduleId: string, owner: string): Promise<boolean> {
    const r = await this.q.query('DELETE FROM drafts WHERE ente_id = $1 AND module_id = $2 AND owner = $3', [
      enteId,
      moduleId,
      owner,
    ]);
    return (r.rowCount ?? 0) > 0;
  }
}
