import type { Pool } from 'pg';
import { ANONYMISED_TEXT, anonymisedDocument } from '../anonymisedDocument';
import { appendPgAudit } from './PgAuditStore';
import { inTransaction } from './pgPool';

type Pair = { enteId: string; moduleId: string };

/** The retention half of `PgBackofficeStore`, twin of sqliteRetention.ts. */
export const pgRetention = {
  async draftModules(pool: Pool): Promise<Pair[]> {
    const { rows } = await pool.query<Pair>(
      'SELECT DISTINCT ente_id AS "enteId", module_id AS "moduleId" FROM drafts ORDER BY 1, 2',
    );
    return rows;
  },

  purgeDrafts(pool: Pool, enteId: string, moduleId: string, cutoff: string, at: string): Promise<number> {
    return inTransaction(pool, async (c) => {
      const { rows } = await c.query<{ owner: string; version: string; updated_at: string }>(
        `DELETE FROM drafts WHERE ente_id = $1 AND module_id = $2 AND updated_at <= $3
         RETURNING owner, version, updated_at`,
        [enteId, moduleId, cutoff],
      );
      for (const d of rows)
        await appendPgAudit(c, {
          at,
          enteId,
          actor: 'system',
          action: 'draft.purged',
          subject: moduleId,
          data: { owner: d.owner, version: d.version, savedAt: d.updated_at },
        });
      return rows.length;
    });
  },

  async endedModules(pool: Pool): Promise<Pair[]> {
    const { rows } = await pool.query<Pair>(
      `SELECT DISTINCT ente_id AS "enteId", module_id AS "moduleId" FROM pratiche
       WHERE ended_at IS NOT NULL AND anonymised_at IS NULL ORDER BY 1, 2`,
    );
    return rows;
  },

  async anonymisable(
    pool: Pool,
    enteId: string,
    moduleId: string,
    endedBefore: string,
    limit: number,
  ): Promise<string[]> {
    const { rows } = await pool.query<{ code: string }>(
      `SELECT code FROM pratiche WHERE ente_id = $1 AND module_id = $2 AND ended_at IS NOT NULL
       AND anonymised_at IS NULL AND ended_at <= $3 ORDER BY ended_at LIMIT $4`,
      [enteId, moduleId, endedBefore, limit],
    );
    return rows.map((r) => r.code);
  },

  anonymise(pool: Pool, code: string, at: string): Promise<boolean> {
    return inTransaction(pool, async (c) => {
      const { rows } = await c.query<{ ente_id: string; submitter: string; document_sha256: string }>(
        `SELECT ente_id, submitter, document_sha256 FROM pratiche WHERE code = $1 AND anonymised_at IS NULL
         FOR UPDATE`,
        [code],
      );
      const p = rows[0];
      if (!p) return false;
      await c.query('UPDATE pratiche SET document = $1, anonymised_at = $2 WHERE code = $3', [
        anonymisedDocument(at, p.document_sha256),
        at,
        code,
      ]);
      const messages = await c.query(
        "UPDATE pratica_messages SET body = $1 WHERE pratica_code = $2 AND sender = 'citizen'",
        [ANONYMISED_TEXT, code],
      );
      // The citizen's files go; their hashes stay in pratica_attachments and the register.
      const uploads = await c.query(
        "UPDATE uploads SET content = ''::bytea, name = 'anonimizzato' WHERE pratica_code = $1 AND owner = $2",
        [code, p.submitter],
      );
      await appendPgAudit(c, {
        at,
        enteId: p.ente_id,
        actor: 'system',
        action: 'pratica.anonymised',
        subject: code,
        data: { documentSha256: p.document_sha256, messages: messages.rowCount, uploads: uploads.rowCount },
      });
      return true;
    });
  },
};
