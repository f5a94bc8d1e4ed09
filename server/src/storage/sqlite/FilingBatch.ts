import type { Database, Statement } from 'better-sqlite3';
import type { AuditEvent } from '../AuditStore';
import { AUDIT_COLUMNS, auditValues } from './SqliteAuditStore';

export interface EnteRow {
  ipa_code: string;
  aoo_code: string;
}

/** Rows of audit events per multi-row INSERT. */
const AUDIT_ROWS = 64;

/** Per connection: the statements a batch uses, the multi-row audit INSERTs by row count. */
interface Statements {
  ente: Statement;
  counter: Statement;
  setCounter: Statement;
  lastLink: Statement;
  audit: Map<number, Statement>;
}
const statements = new WeakMap<Database, Statements>();

function statementsOf(db: Database): Statements {
  let s = statements.get(db);
  if (!s) {
    s = {
      ente: db.prepare('SELECT ipa_code, aoo_code FROM entes WHERE id = ?'),
      counter: db.prepare(`INSERT INTO protocol_counters (aoo_code, year, last) VALUES (?, ?, 1)
        ON CONFLICT (aoo_code, year) DO UPDATE SET last = last + 1 RETURNING last`),
      setCounter: db.prepare('UPDATE protocol_counters SET last = ? WHERE aoo_code = ? AND year = ?'),
      lastLink: db.prepare('SELECT seq, hash FROM register WHERE aoo_code = ? ORDER BY seq DESC LIMIT 1'),
      audit: new Map(),
    };
    statements.set(db, s);
  }
  return s;
}

function auditInsert(s: Statements, db: Database, rows: number): Statement {
  let insert = s.audit.get(rows);
  if (!insert) {
    const values = Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?)').join(', ');
    insert = db.prepare(`INSERT INTO audit ${AUDIT_COLUMNS} VALUES ${values}`);
    s.audit.set(rows, insert);
  }
  return insert;
}

/**
 * What one filing transaction (a group commit's batch, or one filing in its savepoint) reads
 * once and writes once: the entes' rows, each AOO's protocol counter and register tail are read
 * at their first use and then kept in memory, the counters written back and the audit events
 * inserted (multi-row) at `finish()`. Valid only inside that one transaction: SQLite has one
 * writer per file, and no other statement of the transaction writes these rows. Nothing is kept
 * across batches (another process, e.g. the CLI, may write the file between them).
 * docs/decisions/2026-12-03-filing-throughput.md.
 */
export class FilingBatch {
  private readonly s: Statements;
  private readonly entes = new Map<string, EnteRow | undefined>();
  private readonly counters = new Map<string, { aoo: string; year: number; last: number; stored: number }>();
  private readonly tails = new Map<string, { seq: number; hash: string } | undefined>();
  private audits: unknown[] = [];

  constructor(private readonly db: Database) {
    this.s = statementsOf(db);
  }

  ente(id: string): EnteRow | undefined {
    if (!this.entes.has(id)) this.entes.set(id, this.s.ente.get(id) as EnteRow | undefined);
    return this.entes.get(id);
  }

  /** The next protocol number of an AOO's year. */
  nextNumber(aoo: string, year: number): number {
    const key = `${aoo}\n${year}`;
    const c = this.counters.get(key);
    if (c) return ++c.last;
    const { last } = this.s.counter.get(aoo, year) as { last: number };
    this.counters.set(key, { aoo, year, last, stored: last });
    return last;
  }

  /** The last link of an AOO's register, as this transaction has it. */
  tail(aoo: string): { seq: number; hash: string } | undefined {
    if (!this.tails.has(aoo))
      this.tails.set(aoo, this.s.lastLink.get(aoo) as { seq: number; hash: string } | undefined);
    return this.tails.get(aoo);
  }

  linked(aoo: string, seq: number, hash: string): void {
    this.tails.set(aoo, { seq, hash });
  }

  audit(e: AuditEvent): void {
    this.audits.push(...auditValues(e));
  }

  /** Writes the counters back (before a register checkpoint reads them, and at the end). */
  storeCounters(): void {
    for (const c of this.counters.values()) {
      if (c.last === c.stored) continue;
      this.s.setCounter.run(c.last, c.aoo, c.year);
      c.stored = c.last;
    }
  }

  /** The batch's deferred writes; call last, inside the transaction. */
  finish(): void {
    this.storeCounters();
    const values = this.audits;
    this.audits = [];
    const per = AUDIT_ROWS * 6;
    for (let at = 0; at < values.length; at += per) {
      const chunk = values.slice(at, at + per);
      auditInsert(this.s, this.db, chunk.length / 6).run(chunk);
    }
  }
}
