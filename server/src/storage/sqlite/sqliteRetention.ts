import type { Database } from 'better-sqlite3';
import { ANONYMISED_TEXT, anonymisedDocument } from '../anonymisedDocument';
import { appendAudit } from './SqliteAuditStore';

type Pair = { enteId: string; moduleId: string };

/** The retention half of `SqliteBackofficeStore` (see `BackofficeStore`). */
export const sqliteRetention = {
  draftModules(db: Database): Pair[] {
    return db
      .prepare('SELECT DISTINCT ente_id AS enteId, module_id AS moduleId FROM drafts ORDER BY 1, 2')
      .all() as Pair[];
  },

  purgeDrafts(db: Database, enteId: string, moduleId: string, cutoff: string, at: string): number {
    return db.transaction(() => {
      const rows = db
        .prepare(
          `DELETE FROM drafts WHERE ente_id = ? AND module_id = ? AND updated_at <= ?
           RETURNING owner, version, updated_at`,
        )
        .all(enteId, moduleId, cutoff) as { owner: string; version: string; updated_at: string }[];
      for (const d of rows)
        appendAudit(db, {
          at,
          enteId,
          actor: 'system',
          action: 'draft.purged',
          subject: moduleId,
          data: { owner: d.owner, version: d.version, savedAt: d.updated_at },
        });
      return rows.length;
    })();
  },

  endedModules(db: Database): Pair[] {
    return db
      .prepare(
        `SELECT DISTINCT ente_id AS enteId, module_id AS moduleId FROM pratiche
         WHERE ended_at IS NOT NULL AND anonymised_at IS NULL ORDER BY 1, 2`,
      )
      .all() as Pair[];
  },

  anonymisable(db: Database, enteId: string, moduleId: string, endedBefore: string, limit: number): string[] {
    const rows = db
      .prepare(
        `SELECT code FROM pratiche WHERE ente_id = ? AND module_id = ? AND ended_at IS NOT NULL
         AND anonymised_at IS NULL AND ended_at <= ? ORDER BY ended_at LIMIT ?`,
      )
      .all(enteId, moduleId, endedBefore, limit) as { code: string }[];
    return rows.map((r) => r.code);
  },

  anonymise(db: Database, code: string, at: string): boolean {
    return db.transaction(() => {
      const p = db
        .prepare(
          'SELECT ente_id, submitter, document_sha256 FROM pratiche WHERE code = ? AND anonymised_at IS NULL',
        )
        .get(code) as { ente_id: string; submitter: string; document_sha256: string } | undefined;
      if (!p) return false;
      db.prepare('UPDATE pratiche SET document = ?, anonymised_at = ? WHERE code = ?').run(
        anonymisedDocument(at, p.document_sha256),
        at,
        code,
      );
      const messages = db
        .prepare("UPDATE pratica_messages SET body = ? WHERE pratica_code = ? AND sender = 'citizen'")
        .run(ANONYMISED_TEXT, code).changes;
      // The citizen's files go; their hashes stay in pratica_attachments and the register.
      const uploads = db
        .prepare(
          "UPDATE uploads SET content = x'', name = 'anonimizzato' WHERE pratica_code = ? AND owner = ?",
        )
        .run(code, p.submitter).changes;
      appendAudit(db, {
        at,
        enteId: p.ente_id,
        actor: 'system',
        action: 'pratica.anonymised',
        subject: code,
        data: { documentSha256: p.document_sha256, messages, uploads },
      });
      return true;
    })();
  },
};
