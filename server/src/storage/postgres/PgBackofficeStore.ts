import type { Pool, PoolClient } from 'pg';
import type { PraticaEvent } from '@modulo/procedure';
import { romeDate } from '@modulo/procedure';
import { segnatura } from '../../register/segnatura';
import type {
  BackofficeStore,
  ClockColumns,
  InboxQuery,
  InboxRow,
  OutgoingProtocol,
  PraticaMessage,
  ProcedureFigures,
  RecordEventInput,
} from '../BackofficeStore';
import type { StoredAuditEvent } from '../AuditStore';
import { auditHorizon } from './auditHorizon';
import { appendPgAudit } from './PgAuditStore';
import { inTransaction } from './pgPool';
import { pgProcedureFigures } from './pgProcedureFigures';
import { pgRetention } from './pgRetention';

interface OutgoingRow {
  kind: OutgoingProtocol['kind'];
  number: number;
  year: number;
  date: string;
  at: string;
  segnatura: string;
  subject: string;
  document_sha256: string;
}

const toOutgoing = (r: OutgoingRow): OutgoingProtocol => ({
  kind: r.kind,
  number: r.number,
  year: r.year,
  date: r.date,
  at: r.at,
  segnatura: r.segnatura,
  subject: r.subject,
  documentSha256: r.document_sha256,
});

interface InboxSqlRow {
  code: string;
  ente_id: string;
  subject: string;
  module_id: string;
  module_version: string;
  submitter: string;
  status: string;
  protocol_number: number;
  protocol_year: number;
  protocol_date: string;
  protocol_at: string;
  segnatura: string;
  assignment: string;
  term_days: number;
  comune: string | null;
  events: string[];
}

const toInboxRow = (r: InboxSqlRow): InboxRow => ({
  code: r.code,
  enteId: r.ente_id,
  subject: r.subject,
  moduleId: r.module_id,
  moduleVersion: r.module_version,
  submitter: r.submitter,
  status: r.status,
  protocol: {
    number: r.protocol_number,
    year: r.protocol_year,
    date: r.protocol_date,
    at: r.protocol_at,
    segnatura: r.segnatura,
  },
  assignment: JSON.parse(r.assignment) as InboxRow['assignment'],
  termDays: r.term_days,
  comune: r.comune,
  events: r.events.map((e) => JSON.parse(e) as PraticaEvent),
});

/** The inbox's WHERE clause and its parameters ($1, $2...), as SQLite's store builds it. */
function inboxFilter(q: InboxQuery): { filter: string; params: unknown[] } {
  const params: unknown[] = [q.enteId];
  const arg = (value: unknown) => `$${params.push(value)}`;
  const where = ['ente_id = $1'];
  if (!q.scope.all)
    where.push(
      `(office_id = ANY(${arg(q.scope.offices)}::text[]) OR responsible_id = ${arg(q.scope.staffId)})`,
    );
  if (q.open) where.push('due_date IS NOT NULL');
  if (q.statuses) where.push(`status = ANY(${arg(q.statuses)}::text[])`);
  const optional: [keyof InboxQuery, string][] = [
    ['moduleId', 'module_id ='],
    ['comune', 'comune ='],
    ['officeId', 'office_id ='],
    ['dueFrom', 'due_date >='],
    ['dueBefore', 'due_date <'],
  ];
  for (const [key, clause] of optional) if (q[key] !== undefined) where.push(`${clause} ${arg(q[key])}`);
  return { filter: where.join(' AND '), params };
}

/** Gives the AOO's next protocol number for `year` (the counter row is locked until COMMIT). */
async function nextNumber(c: PoolClient, enteId: string, aoo: string, year: number): Promise<number> {
  // The filing's lock order: the ente's row first, then its counter. A filing batch reads the
  // counter and writes it back at the end of its transaction; holding the ente's row keeps it out
  // between the two, also while the counter row does not exist yet.
  await c.query('SELECT 1 FROM entes WHERE id = $1 FOR NO KEY UPDATE', [enteId]);
  const { rows } = await c.query<{ last: number }>(
    `INSERT INTO protocol_counters (aoo_code, year, last) VALUES ($1, $2, 1)
     ON CONFLICT (aoo_code, year) DO UPDATE SET last = protocol_counters.last + 1 RETURNING last`,
    [aoo, year],
  );
  return rows[0]!.last;
}

/**
 * The back office on PostgreSQL: the inbox reads indexed columns that every event keeps current;
 * outgoing documents take numbers from the filings' counter under the same locks, so numbering
 * stays gapless whichever instance files or acts.
 */
export class PgBackofficeStore implements BackofficeStore {
  constructor(private readonly pool: Pool) {}

  async inbox(q: InboxQuery): Promise<{ codes: string[]; rows: InboxRow[]; total: number }> {
    const { filter, params } = inboxFilter(q);
    // Open pratiche only: the partial index on (ente_id, due_date) gives the order.
    const order = q.open ? 'due_date, protocol_at, code' : 'due_date ASC NULLS LAST, protocol_at DESC, code';
    const page = await this.pool.query<InboxSqlRow>(
      `SELECT code, ente_id, subject, module_id, module_version, submitter, status, protocol_number,
         protocol_year, protocol_date, protocol_at, segnatura, assignment, term_days, comune,
         (SELECT coalesce(array_agg(e.event ORDER BY e.seq), '{}') FROM pratica_events e
          WHERE e.pratica_code = p.code) AS events
       FROM pratiche p WHERE ${filter} ORDER BY ${order}
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.limit, q.offset],
    );
    const count = await this.pool.query<{ n: number }>(
      `SELECT count(*) AS n FROM pratiche WHERE ${filter}`,
      params,
    );
    return {
      codes: page.rows.map((r) => r.code),
      rows: page.rows.map(toInboxRow),
      total: count.rows[0]!.n,
    };
  }

  recordEvent(input: RecordEventInput): Promise<{ outgoing?: OutgoingProtocol }> {
    return inTransaction(this.pool, async (c) => {
      // The pratica's row orders its events (as `appendEvent` does), whichever instance acts.
      const { rows } = await c.query<{ ente_id: string; ipa_code: string; aoo_code: string }>(
        `SELECT p.ente_id, e.ipa_code, e.aoo_code FROM pratiche p JOIN entes e ON e.id = p.ente_id
         WHERE p.code = $1 FOR NO KEY UPDATE OF p`,
        [input.code],
      );
      const row = rows[0];
      if (!row) throw new Error(`No pratica ${input.code}`);
      const at = new Date(input.event.at).toISOString();
      let outgoing: OutgoingProtocol | undefined;
      if (input.outgoing) {
        // Before the uploads: a filing locks the ente, then uploads.
        const date = romeDate(at);
        const year = Number(date.slice(0, 4));
        const number = await nextNumber(c, row.ente_id, row.aoo_code, year);
        outgoing = {
          ...input.outgoing,
          number,
          year,
          date,
          at,
          segnatura: segnatura(row.ipa_code, row.aoo_code, number, date),
        };
        await c.query(
          `INSERT INTO outgoing_protocols (aoo_code, year, number, pratica_code, kind, at, date, segnatura,
           subject, document_sha256) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            row.aoo_code,
            year,
            number,
            input.code,
            outgoing.kind,
            at,
            date,
            outgoing.segnatura,
            outgoing.subject,
            outgoing.documentSha256,
          ],
        );
      }
      await c.query(
        `INSERT INTO pratica_events (pratica_code, seq, event)
         SELECT $1, coalesce(max(seq), 0) + 1, $2 FROM pratica_events WHERE pratica_code = $1`,
        [input.code, JSON.stringify(input.event)],
      );
      await c.query(
        `UPDATE pratiche SET status = $1, due_date = $2, suspended_until = $3,
         ended_at = CASE WHEN $1 LIKE 'ended\\_%' THEN coalesce(ended_at, $5) END WHERE code = $4`,
        [input.status, input.clock.dueDate, input.clock.suspendedUntil, input.code, at],
      );
      if (input.assignment)
        await c.query(
          'UPDATE pratiche SET assignment = $1, office_id = $2, responsible_id = $3 WHERE code = $4',
          [
            JSON.stringify(input.assignment),
            input.assignment.officeId ?? null,
            input.assignment.responsibleId ?? null,
            input.code,
          ],
        );
      if (input.uploadIds?.length)
        await c.query(
          'UPDATE uploads SET pratica_code = $1 WHERE id = ANY($2::text[]) AND pratica_code IS NULL',
          [input.code, input.uploadIds],
        );
      await appendPgAudit(c, {
        at,
        enteId: row.ente_id,
        actor: input.actor,
        action: `pratica.${input.event.type}`,
        subject: input.code,
        data: {
          status: input.status,
          ...(input.event.reason ? { reason: input.event.reason } : {}),
          ...(outgoing ? { protocol: outgoing.number, year: outgoing.year } : {}),
          ...input.audit,
        },
      });
      return outgoing ? { outgoing } : {};
    });
  }

  async setClock(code: string, clock: ClockColumns, status?: string, at?: string): Promise<void> {
    await this.pool.query(
      `UPDATE pratiche SET due_date = $1, suspended_until = $2, status = coalesce($3, status),
       ended_at = CASE WHEN coalesce($3, status) LIKE 'ended\\_%' THEN coalesce(ended_at, $5) END
       WHERE code = $4`,
      [clock.dueDate, clock.suspendedUntil, status ?? null, code, at ?? null],
    );
  }

  async clockOf(code: string): Promise<(ClockColumns & { comune: string | null }) | undefined> {
    const { rows } = await this.pool.query<{
      due_date: string | null;
      suspended_until: string | null;
      comune: string | null;
    }>('SELECT due_date, suspended_until, comune FROM pratiche WHERE code = $1', [code]);
    const row = rows[0];
    return row && { dueDate: row.due_date, suspendedUntil: row.suspended_until, comune: row.comune };
  }

  async outgoing(code: string): Promise<OutgoingProtocol[]> {
    const { rows } = await this.pool.query<OutgoingRow>(
      'SELECT * FROM outgoing_protocols WHERE pratica_code = $1 ORDER BY year, number',
      [code],
    );
    return rows.map(toOutgoing);
  }

  addMessage(code: string, m: Omit<PraticaMessage, 'id'>): Promise<PraticaMessage> {
    return inTransaction(this.pool, async (c) => {
      const { rows } = await c.query<{ id: number }>(
        `INSERT INTO pratica_messages (pratica_code, at, sender, author, body, attachments)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [code, m.at, m.sender, m.author, m.body, JSON.stringify(m.attachments)],
      );
      if (m.attachments.length > 0)
        await c.query(
          'UPDATE uploads SET pratica_code = $1 WHERE id = ANY($2::text[]) AND pratica_code IS NULL',
          [code, m.attachments.map((a) => a.uploadId)],
        );
      return { id: rows[0]!.id, ...m };
    });
  }

  async messages(code: string): Promise<PraticaMessage[]> {
    const { rows } = await this.pool.query<Omit<PraticaMessage, 'attachments'> & { attachments: string }>(
      'SELECT id, at, sender, author, body, attachments FROM pratica_messages WHERE pratica_code = $1 ORDER BY id',
      [code],
    );
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      sender: r.sender,
      author: r.author,
      body: r.body,
      attachments: JSON.parse(r.attachments) as PraticaMessage['attachments'],
    }));
  }

  once(
    code: string,
    kind: string,
    at: string,
    audit: { enteId: string; action: string; data?: Record<string, unknown> },
  ): Promise<boolean> {
    return inTransaction(this.pool, async (c) => {
      // Two instances racing: the second waits on the first's row, then inserts nothing.
      const { rowCount } = await c.query(
        'INSERT INTO pratica_alerts (pratica_code, kind, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [code, kind, at],
      );
      if (!rowCount) return false;
      await appendPgAudit(c, {
        at,
        enteId: audit.enteId,
        actor: 'system',
        action: audit.action,
        subject: code,
        ...(audit.data ? { data: audit.data } : {}),
      });
      return true;
    });
  }

  async clockCandidates(today: string, limit: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ code: string }>(
      `SELECT code FROM pratiche WHERE due_date IS NOT NULL AND (due_date < $1 OR suspended_until IS NOT NULL)
       ORDER BY due_date, code LIMIT $2`,
      [today, limit],
    );
    return rows.map((r) => r.code);
  }

  async lastRun(job: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ last_run: string }>(
      'SELECT last_run FROM scheduler_runs WHERE job = $1',
      [job],
    );
    return rows[0]?.last_run;
  }

  async markRun(job: string, at: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO scheduler_runs (job, last_run) VALUES ($1, $2)
       ON CONFLICT (job) DO UPDATE SET last_run = excluded.last_run`,
      [job, at],
    );
  }

  monitoring(enteId: string, today: string): Promise<ProcedureFigures[]> {
    return pgProcedureFigures(this.pool, enteId, today);
  }

  // Retention lives in pgRetention.ts.
  draftModules = () => pgRetention.draftModules(this.pool);
  purgeDrafts = (enteId: string, moduleId: string, cutoff: string, at: string) =>
    pgRetention.purgeDrafts(this.pool, enteId, moduleId, cutoff, at);
  endedModules = () => pgRetention.endedModules(this.pool);
  anonymisable = (enteId: string, moduleId: string, endedBefore: string, limit: number) =>
    pgRetention.anonymisable(this.pool, enteId, moduleId, endedBefore, limit);
  anonymise = (code: string, at: string) => pgRetention.anonymise(this.pool, code, at);

  async auditAfter(seq: number, limit: number): Promise<StoredAuditEvent[]> {
    const horizon = await auditHorizon(this.pool);
    const { rows } = await this.pool.query<{
      seq: number;
      at: string;
      ente_id: string;
      actor: string;
      action: string;
      subject: string;
      data: string | null;
    }>('SELECT * FROM audit WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3', [seq, horizon, limit]);
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
