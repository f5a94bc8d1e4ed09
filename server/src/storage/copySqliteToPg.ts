import Database from 'better-sqlite3';
import type { Pool } from 'pg';
import { createPgPool, inTransaction } from './postgres/pgPool';
import { migratePg } from './postgres/migratePg';
import { verifyPgChain } from './postgres/verifyPgChain';
import type { ChainCheck } from './PraticaStore';

/** Rows of the moved entes' pratiche. */
const OF_PRATICHE = `pratica_code IN (SELECT code FROM pratiche WHERE ente_id IN (SELECT value FROM json_each(@entes)))`;

/**
 * What moves with an ente, table by table, in foreign-key order. `where` selects its rows in
 * SQLite (`@entes`, `@aoos`: JSON arrays); `omit` are columns PostgreSQL numbers itself (the
 * audit's seq: events keep their order, not their numbers). Sessions, pending logins, session
 * handovers and login failures do not move: people log in again. A new sub-store adds its tables
 * here. The monitoring counts (`procedure_*`, migration 011) are not listed: the target's triggers
 * rebuild them.
 */
const TABLES: { name: string; where: string; order?: string; omit?: string[] }[] = [
  { name: 'entes', where: 'id IN (SELECT value FROM json_each(@entes))', order: 'unione IS NOT NULL, id' },
  { name: 'offices', where: 'ente_id IN (SELECT value FROM json_each(@entes))' },
  { name: 'staff', where: 'ente_id IN (SELECT value FROM json_each(@entes))' },
  { name: 'staff_offices', where: 'ente_id IN (SELECT value FROM json_each(@entes))', order: 'rowid' },
  { name: 'module_versions', where: 'ente_id IN (SELECT value FROM json_each(@entes))', order: 'seq' },
  { name: 'module_drafts', where: 'ente_id IN (SELECT value FROM json_each(@entes))' },
  { name: 'module_validators', where: 'ente_id IN (SELECT value FROM json_each(@entes))' },
  { name: 'uploads', where: 'ente_id IN (SELECT value FROM json_each(@entes))' },
  { name: 'protocol_counters', where: 'aoo_code IN (SELECT value FROM json_each(@aoos))' },
  { name: 'pratiche', where: 'ente_id IN (SELECT value FROM json_each(@entes))' },
  {
    name: 'pratica_attachments',
    where: `pratica_code IN (SELECT code FROM pratiche WHERE ente_id IN (SELECT value FROM json_each(@entes)))`,
  },
  { name: 'register', where: 'aoo_code IN (SELECT value FROM json_each(@aoos))', order: 'aoo_code, seq' },
  {
    name: 'register_checkpoints',
    where: 'aoo_code IN (SELECT value FROM json_each(@aoos))',
    order: 'aoo_code, seq',
  },
  { name: 'idempotency', where: 'ente_id IN (SELECT value FROM json_each(@entes))' },
  {
    name: 'pratica_events',
    where: `pratica_code IN (SELECT code FROM pratiche WHERE ente_id IN (SELECT value FROM json_each(@entes)))`,
  },
  { name: 'audit', where: 'ente_id IN (SELECT value FROM json_each(@entes))', order: 'seq', omit: ['seq'] },
  { name: 'drafts', where: 'ente_id IN (SELECT value FROM json_each(@entes))' },
  { name: 'staff_credentials', where: 'ente_id IN (SELECT value FROM json_each(@entes))' },
  { name: 'integration_tokens', where: 'ente_id IN (SELECT value FROM json_each(@entes))' },
  { name: 'outgoing_protocols', where: 'aoo_code IN (SELECT value FROM json_each(@aoos))' },
  { name: 'pratica_messages', where: OF_PRATICHE, order: 'id', omit: ['id'] },
  { name: 'pratica_alerts', where: OF_PRATICHE },
  { name: 'ratings', where: 'ente_id IN (SELECT value FROM json_each(@entes))' },
  // Deliveries point at audit seqs, which the copy renumbers: the queue starts empty there.
  { name: 'webhooks', where: 'ente_id IN (SELECT value FROM json_each(@entes))' },
];

/** Audit followers' cursors (`scheduler_runs`): the copied events are not notified again. */
const FOLLOWERS = ['webhooks:audit-seq', 'mail:audit-seq'];

/**
 * What stays behind, said by the command every time. The webhook history (deliveries done,
 * failed or pending, with their errors) points at audit seqs that the copy renumbers: it is not
 * copied; the webhooks themselves are, and notify only what happens after the move.
 */
export const NOT_COPIED = [
  'webhook_deliveries (the delivery history: delivered, failed and pending deliveries with their errors; keep the SQLite file to consult it)',
  'sessions, pending logins and login failures (people log in again)',
];

/** The outcome of a copy: rows per table, and the target's register re-checked. */
export interface CopyReport {
  entes: string[];
  rows: Record<string, number>;
  /** Tables deliberately left behind, and why. */
  notCopied: string[];
  check: ChainCheck;
  /** Per AOO: links and the last hash, equal in source and target. */
  chains: { aoo: string; links: number; lastHash: string }[];
}

/**
 * Moves entes (default: all) from a SQLite file to a PostgreSQL database, in one transaction:
 * their directories, modules, uploads, pratiche with the protocol register, hash chain,
 * counters and idempotency keys, events, audit, drafts, credentials and tokens. Refuses when
 * the target already has one of them or its AOO's register (chains are never merged), or when a
 * Comune's Unione is neither moved nor already there. Then re-checks the target's chains and
 * that each ends on the same hash as in the source.
 */
export async function copySqliteToPg(file: string, url: string, only?: string[]): Promise<CopyReport> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const pool: Pool = createPgPool(url, 2);
  try {
    await migratePg(pool);
    const all = db.prepare('SELECT id, aoo_code, unione FROM entes').all() as {
      id: string;
      aoo_code: string;
      unione: string | null;
    }[];
    const entes = only?.length ? all.filter((e) => only.includes(e.id)) : all;
    const missing = (only ?? []).filter((id) => !all.some((e) => e.id === id));
    if (missing.length) throw new Error(`not in ${file}: ${missing.join(', ')}`);
    const ids = entes.map((e) => e.id);
    const aoos = entes.map((e) => e.aoo_code);
    const params = { entes: JSON.stringify(ids), aoos: JSON.stringify(aoos) };
    const rows: Record<string, number> = {};
    await inTransaction(pool, async (c) => {
      const clash = await c.query<{ what: string }>(
        `SELECT 'ente ' || id AS what FROM entes WHERE id = ANY($1) OR aoo_code = ANY($2)
         UNION ALL SELECT DISTINCT 'register of ' || aoo_code FROM register WHERE aoo_code = ANY($2)`,
        [ids, aoos],
      );
      if (clash.rows.length)
        throw new Error(`the target already has ${clash.rows.map((r) => r.what).join(', ')}`);
      for (const e of entes)
        if (e.unione && !ids.includes(e.unione)) {
          const there = await c.query('SELECT 1 FROM entes WHERE id = $1', [e.unione]);
          if (there.rowCount === 0)
            throw new Error(
              `${e.id} belongs to the Unione ${e.unione}: move it too (--ente ${e.unione}) or first`,
            );
        }
      const before = await c.query<{ seq: number | null }>('SELECT max(seq) AS seq FROM audit');
      for (const t of TABLES) {
        const columns = (db.prepare(`PRAGMA table_info(${t.name})`).all() as { name: string }[])
          .map((col) => col.name)
          .filter((col) => !t.omit?.includes(col));
        const list = columns.map((col) => `"${col}"`).join(', ');
        const select = db.prepare(
          `SELECT ${list} FROM ${t.name} WHERE ${t.where} ORDER BY ${t.order ?? 'rowid'}`,
        );
        let batch: Record<string, unknown>[] = [];
        const flush = async () => {
          if (batch.length === 0) return;
          await c.query(
            `INSERT INTO ${t.name} (${list}) SELECT ${list} FROM json_populate_recordset(null::${t.name}, $1::json)`,
            [JSON.stringify(batch)],
          );
          batch = [];
        };
        rows[t.name] = 0;
        for (const row of select.iterate(params) as Iterable<Record<string, unknown>>) {
          for (const [k, v] of Object.entries(row))
            if (Buffer.isBuffer(v)) row[k] = `\\x${v.toString('hex')}`;
          batch.push(row);
          rows[t.name]!++;
          if (batch.length >= 500) await flush();
        }
        await flush();
      }
      // A follower that had seen everything before the copy moves past the copied events.
      await c.query(
        `INSERT INTO scheduler_runs (job, last_run)
         SELECT job, (SELECT coalesce(max(seq), 0) FROM audit)::text FROM unnest($1::text[]) AS f(job)
         ON CONFLICT (job) DO UPDATE SET last_run = excluded.last_run
         WHERE scheduler_runs.last_run::bigint >= $2`,
        [FOLLOWERS, before.rows[0]?.seq ?? 0],
      );
    });
    const { rehashed: _rehashed, ...check } = await verifyPgChain(pool, { full: true });
    const chains = [];
    for (const aoo of aoos) {
      const source = db
        .prepare(
          'SELECT count(*) AS links, (SELECT hash FROM register WHERE aoo_code = ? ORDER BY seq DESC LIMIT 1) AS last FROM register WHERE aoo_code = ?',
        )
        .get(aoo, aoo) as { links: number; last: string | null };
      const target = (
        await pool.query<{ links: number; last: string | null }>(
          'SELECT count(*) AS links, (SELECT hash FROM register WHERE aoo_code = $1 ORDER BY seq DESC LIMIT 1) AS last FROM register WHERE aoo_code = $1',
          [aoo],
        )
      ).rows[0]!;
      if (source.links !== target.links || source.last !== target.last)
        throw new Error(`the register of ${aoo} differs after the copy`);
      chains.push({ aoo, links: target.links, lastHash: target.last ?? '' });
    }
    return { entes: ids, rows, notCopied: NOT_COPIED, check, chains };
  } finally {
    db.close();
    await pool.end();
  }
}
