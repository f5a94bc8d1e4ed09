import type { Pool } from 'pg';
import { inTransaction } from './pgPool';

/**
 * The highest audit seq below which no event can still appear. Seqs come from an identity
 * column: a transaction that took seq 10 may commit after one that took 11, so a reader that
 * followed the log by seq alone would step over 10 for good. SHARE mode waits for every
 * transaction that inserted into `audit` to end and holds new inserts for the moment it takes
 * to read max(seq); followers (`auditAfter`, the webhook queue) read no further than this.
 */
export function auditHorizon(pool: Pool): Promise<number> {
  return inTransaction(pool, async (c) => {
    await c.query('LOCK TABLE audit IN SHARE MODE');
    const { rows } = await c.query<{ seq: number | null }>('SELECT max(seq) AS seq FROM audit');
    return rows[0]?.seq ?? 0;
  });
}
