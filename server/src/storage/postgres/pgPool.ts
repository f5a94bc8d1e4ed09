import pg from 'pg';
import type { Pool, PoolClient } from 'pg';

/** A pool or one of its clients: anything that runs a query. */
export type Queryable = Pool | PoolClient;

/** int8 (`count(*)`, identity columns) as a JS number: our counts stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A connection pool on `url` (`postgres://user@host:port/db`, or `?host=/socket/dir`). */
export function createPgPool(url: string, max = Number(process.env.PG_POOL_MAX ?? 10)): Pool {
  const pool = new pg.Pool({ connectionString: url, max, types });
  // An idle client whose server went away must not crash the process: the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

/** Runs `work` in one transaction on one client: committed if it resolves, rolled back if not. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((e: Error) => (broken = e));
    throw error;
  } finally {
    client.release(broken);
  }
}
