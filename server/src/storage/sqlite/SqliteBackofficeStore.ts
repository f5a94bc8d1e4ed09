import type { Database } from 'better-sqlite3';
import { romeDate } from '@modulo/procedure';
import { segnatura } from '../../register/segnatura';
import type {
  BackofficeStore,
  ClockColumns,
  InboxQuery,
  InboxRow,
  ProcedureFigures,
  OutgoingProtocol,
  PraticaMessage,
  RecordEventInput,
} from '../BackofficeStore';
import type { StoredAuditEvent } from '../AuditStore';
import { appendAudit } from './SqliteAuditStore';
import { sqliteInbox } from './sqliteInbox';
import { sqliteProcedureFigures } from './sqliteProcedureFigures';
import { sqliteRetention } from './sqliteRetention';

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

/** The back office on SQLite: the inbox reads indexed columns that every event keeps current. */
export class SqliteBackofficeStore implements BackofficeStore {
  constructor(private readonly db: Database) {}

  inbox(q: InboxQuery): Promise<{ codes: string[]; rows: InboxRow[]; total: number }> {
    return sqliteInbox(this.db, q);
  }

  recordEvent(input: RecordEventInput): Promise<{ outgoing?: OutgoingProtocol }> {
    const db = this.db;
    return Promise.resolve(
      db.transaction(() => {
        const row = db
          .prepare(
            `SELECT p.ente_id, e.ipa_code, e.aoo_code FROM pratiche p JOIN entes e ON e.id = p.ente_id
             WHERE p.code = ?`,
          )
          .get(input.code) as { ente_id: string; ipa_code: string; aoo_code: string } | undefined;
        if (!row) throw new Error(`No pratica ${input.code}`);
        db.prepare(
          `INSERT INTO pratica_events (pratica_code, seq, event)
           SELECT ?, coalesce(max(seq), 0) + 1, ? FROM pratica_events WHERE pratica_code = ?`,
        ).run(input.code, JSON.stringify(input.event), input.code);
        db.prepare(
          `UPDATE pratiche SET status = @status, due_date = @due, suspended_until = @until,
           ended_at = CASE WHEN @status LIKE 'ended_%' THEN coalesce(ended_at, @at) END WHERE code = @code`,
        ).run({
          status: input.status,
          due: input.clock.dueDate,
          until: input.clock.suspendedUntil,
          at: new Date(input.event.at).toISOString(),
          code: input.code,
        });
        if (input.assignment) {
          db.prepare(
            'UPDATE pratiche SET assignment = ?, office_id = ?, responsible_id = ? WHERE code = ?',
          ).run(
            JSON.stringify(input.assignment),
            input.assignment.officeId ?? null,
            input.assignment.responsibleId ?? null,
            input.code,
          );
        }
        for (const id of input.uploadIds ?? [])
          db.prepare('UPDATE uploads SET pratica_code = ? WHERE id = ? AND pratica_code IS NULL').run(
            input.code,
            id,
          );
        const at = new Date(input.event.at).toISOString();
        let outgoing: OutgoingProtocol | undefined;
        if (input.outgoing) {
          const date = romeDate(at);
          const year = Number(date.slice(0, 4));
          const { last: number } = db
            .prepare(
              `INSERT INTO protocol_counters (aoo_code, year, last) VALUES (?, ?, 1)
               ON CONFLICT (aoo_code, year) DO UPDATE SET last = last + 1 RETURNING last`,
            )
            .get(row.aoo_code, year) as { last: number };
          outgoing = {
            ...input.outgoing,
            number,
            year,
            date,
            at,
            segnatura: segnatura(row.ipa_code, row.aoo_code, number, date),
          };
          db.prepare(
            `INSERT INTO outgoing_protocols (aoo_code, year, number, pratica_code, kind, at, date, segnatura,
             subject, document_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
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
          );
        }
        appendAudit(db, {
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
      })(),
    );
  }

  setClock(code: string, clock: ClockColumns, status?: string, at?: string): Promise<void> {
    this.db
      .prepare(
        `UPDATE pratiche SET due_date = @due, suspended_until = @until, status = coalesce(@status, status),
         ended_at = CASE WHEN coalesce(@status, status) LIKE 'ended_%' THEN coalesce(ended_at, @at) END
         WHERE code = @code`,
      )
      .run({ due: clock.dueDate, until: clock.suspendedUntil, status: status ?? null, at: at ?? null, code });
    return Promise.resolve();
  }

  clockOf(code: string): Promise<(ClockColumns & { comune: string | null }) | undefined> {
    const row = this.db
      .prepare('SELECT due_date, suspended_until, comune FROM pratiche WHERE code = ?')
      .get(code) as { due_date: string | null; suspended_until: string | null; comune: unknown } | undefined;
    return Promise.resolve(
      row && {
        dueDate: row.due_date,
        suspendedUntil: row.suspended_until,
        comune: typeof row.comune === 'string' ? row.comune : null,
      },
    );
  }

  outgoing(code: string): Promise<OutgoingProtocol[]> {
    const rows = this.db
      .prepare('SELECT * FROM outgoing_protocols WHERE pratica_code = ? ORDER BY year, number')
      .all(code) as OutgoingRow[];
    return Promise.resolve(rows.map(toOutgoing));
  }

  addMessage(code: string, m: Omit<PraticaMessage, 'id'>): Promise<PraticaMessage> {
    const db = this.db;
    return Promise.resolve(
      db.transaction(() => {
        const info = db
          .prepare(
            'INSERT INTO pratica_messages (pratica_code, at, sender, author, body, attachments) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(code, m.at, m.sender, m.author, m.body, JSON.stringify(m.attachments));
        for (const a of m.attachments)
          db.prepare('UPDATE uploads SET pratica_code = ? WHERE id = ? AND pratica_code IS NULL').run(
            code,
            a.uploadId,
          );
        return { id: Number(info.lastInsertRowid), ...m };
      })(),
    );
  }

  messages(code: string): Promise<PraticaMessage[]> {
    const rows = this.db
      .prepare('SELECT * FROM pratica_messages WHERE pratica_code = ? ORDER BY id')
      .all(code) as (Omit<PraticaMessage, 'attachments'> & { attachments: string })[];
    return Promise.resolve(
      rows.map((r) => ({
        id: r.id,
        at: r.at,
        sender: r.sender,
        author: r.author,
        body: r.body,
        attachments: JSON.parse(r.attachments) as PraticaMessage['attachments'],
      })),
    );
  }

  once(
    code: string,
    kind: string,
    at: string,
    audit: { enteId: string; action: string; data?: Record<string, unknown> },
  ): Promise<boolean> {
    const db = this.db;
    return Promise.resolve(
      db.transaction(() => {
        const info = db
          .prepare('INSERT OR IGNORE INTO pratica_alerts (pratica_code, kind, at) VALUES (?, ?, ?)')
          .run(code, kind, at);
        if (info.changes === 0) return false;
        appendAudit(db, {
          at,
          enteId: audit.enteId,
          actor: 'system',
          action: audit.action,
          subject: code,
          ...(audit.data ? { data: audit.data } : {}),
        });
        return true;
      })(),
    );
  }

  clockCandidates(today: string, limit: number): Promise<string[]> {
    const rows = this.db
      .prepare(
        `SELECT code FROM pratiche WHERE due_date IS NOT NULL AND (due_date < @today OR suspended_until IS NOT NULL)
         ORDER BY due_date LIMIT @limit`,
      )
      .all({ today, limit }) as { code: string }[];
    return Promise.resolve(rows.map((r) => r.code));
  }

  lastRun(job: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT last_run FROM scheduler_runs WHERE job = ?').get(job) as
      { last_run: string } | undefined;
    return Promise.resolve(row?.last_run);
  }

  markRun(job: string, at: string): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO scheduler_runs (job, last_run) VALUES (?, ?) ON CONFLICT (job) DO UPDATE SET last_run = excluded.last_run',
      )
      .run(job, at);
    return Promise.resolve();
  }

  auditAfter(seq: number, limit: number): Promise<StoredAuditEvent[]> {
    const rows = this.db
      .prepare('SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?')
      .all(seq, limit) as {
      seq: number;
      at: string;
      ente_id: string;
      actor: string;
      action: string;
      subject: string;
      data: string | null;
    }[];
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

  monitoring(enteId: string, today: string): Promise<ProcedureFigures[]> {
    return Promise.resolve(sqliteProcedureFigures(this.db, enteId, today));
  }

  // Retention lives in sqliteRetention.ts.
  draftModules = () => Promise.resolve(sqliteRetention.draftModules(this.db));
  purgeDrafts = (enteId: string, moduleId: string, cutoff: string, at: string) =>
    Promise.resolve(sqliteRetention.purgeDrafts(this.db, enteId, moduleId, cutoff, at));
  endedModules = () => Promise.resolve(sqliteRetention.endedModules(this.db));
  anonymisable = (enteId: string, moduleId: string, endedBefore: string, limit: number) =>
    Promise.resolve(sqliteRetention.anonymisable(this.db, enteId, moduleId, endedBefore, limit));
  anonymise = (code: string, at: string) => Promise.resolve(sqliteRetention.anonymise(this.db, code, at));
}
