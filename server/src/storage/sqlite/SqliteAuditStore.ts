import type { Database, Statement } from 'better-sqlite3';
import type { AuditEvent, AuditStore, StoredAuditEvent } from '../AuditStore';

interface AuditRow {
  seq: number;
  at: string;
  ente_id: string;
  actor: string;
  action: string;
  subject: string;
  data: string | null;
}

/** The columns of `audit` after `seq`, in the order of its INSERTs: at, ente_id, actor, action, subject, data. */
export const AUDIT_COLUMNS = '(at, ente_id, actor, action, subject, data)';

/** An event's values for those columns. */
export function auditValues(e: AuditEvent): [string, string, string, string, string, string | null] {
  return [e.at, e.enteId, e.actor, e.action, e.subject, e.data === undefined ? null : JSON.stringify(e.data)];
}

const inserts = new WeakMap<Database, Statement>();

/** Appends an audit event inside the caller's transaction; returns its sequence number. */
export function appendAudit(db: Database, e: AuditEvent): number {
  let insert = inserts.get(db);
  if (!insert) {
    insert = db.prepare(`INSERT INTO audit ${AUDIT_COLUMNS} VALUES (?, ?, ?, ?, ?, ?)`);
    inserts.set(db, insert);
  }
  const info = insert.run(auditValues(e));
  return Number(info.lastInsertRowid);
}

/** The audit log on SQLite; triggers make the table append-only. */
export class SqliteAuditStore implements AuditStore {
  constructor(private readonly db: Database) {}

  append(event: AuditEvent): Promise<StoredAuditEvent> {
    return Promise.resolve({ ...event, seq: appendAudit(this.db, event) });
  }

  list(
    enteId: string,
    filter: { subject?: string; action?: string; limit?: number } = {},
  ): Promise<StoredAuditEvent[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM audit WHERE ente_id = @enteId
         AND (@subject IS NULL OR subject = @subject) AND (@action IS NULL OR action = @action)
         ORDER BY seq LIMIT @limit`,
      )
      .all({
        enteId,
        subject: filter.subject ?? null,
        action: filter.action ?? null,
        limit: filter.limit ?? 1000,
      }) as AuditRow[];
    return Promise.resolve(
      rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        enteId: r.ente_id,
        actor: r.actor,
        action: r.action,
        subject: r.subject,
        ...(r.data === null ? {} : { data: JSON.parse(r.data) as Record<string, unknown> }),
      })),
    );
  }
}
