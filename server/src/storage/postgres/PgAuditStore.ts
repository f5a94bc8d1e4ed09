import type { AuditEvent, AuditStore, StoredAuditEvent } from '../AuditStore';
import type { Queryable } from './pgPool';

interface AuditRow {
  seq: number;
  at: string;
  ente_id: string;
  actor: string;
  action: string;
  subject: string;
  data: string | null;
}

/** Appends an audit event with the caller's client (inside its transaction); returns its seq. */
export async function appendPgAudit(q: Queryable, e: AuditEvent): Promise<number> {
  const { rows } = await q.query<{ seq: number }>(
    'INSERT INTO audit (at, ente_id, actor, action, subject, data) VALUES ($1, $2, $3, $4, $5, $6) RETURNING seq',
    [e.at, e.enteId, e.actor, e.action, e.subject, e.data === undefined ? null : JSON.stringify(e.data)],
  );
  return rows[0]!.seq;
}

/** The audit log on PostgreSQL; a trigger makes the table append-only. */
export class PgAuditStore implements AuditStore {
  constructor(private readonly q: Queryable) {}

  async append(event: AuditEvent): Promise<StoredAuditEvent> {
    return { ...event, seq: await appendPgAudit(this.q, event) };
  }

  async list(
    enteId: string,
    filter: { subject?: string; action?: string; limit?: number } = {},
  ): Promise<StoredAuditEvent[]> {
    const { rows } = await this.q.query<AuditRow>(
      `SELECT * FROM audit WHERE ente_id = $1
       AND ($2::text IS NULL OR subject = $2) AND ($3::text IS NULL OR action = $3)
       ORDER BY seq LIMIT $4`,
      [enteId, filter.subject ?? null, filter.action ?? null, filter.limit ?? 1000],
    );
    return rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      enteId: r.ente_id,
      actor: r.actor,
      action: r.action,
      subject: r.subject,
      ...(r.data === null ? {} : { data: JSON.parse(r.data) as Record<string, unknown> }),
    }));
  }
}
