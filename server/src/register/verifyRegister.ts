import type { ChainCheck } from '../storage/PraticaStore';
import { createPgPool } from '../storage/postgres/pgPool';
import { verifyPgChain } from '../storage/postgres/verifyPgChain';
import { verifyRegisterFile } from './verifyRegisterFile';

/** `verifyRegisterFile` for a SQLite file or a `postgres://` database (read only). */
export async function verifyRegister(target: string): Promise<ChainCheck & { pratiche: number }> {
  if (!/^postgres(ql)?:\/\//.test(target)) return verifyRegisterFile(target);
  const pool = createPgPool(target, 1);
  try {
    const { rows } = await pool.query<{ n: number }>('SELECT count(*) AS n FROM pratiche');
    const { rehashed: _rehashed, ...check } = await verifyPgChain(pool, { full: true });
    return { ...check, pratiche: rows[0]!.n };
  } finally {
    await pool.end();
  }
}
