import Database from 'better-sqlite3';
import type { ChainCheck } from '../storage/PraticaStore';
import { verifySqliteChain } from '../storage/sqlite/verifySqliteChain';

/**
 * Re-checks the whole register of a SQLite database file, read-only: every AOO's hash chain
 * from its first link (and its checkpoints), each stored pratica against its entry, protocol
 * numbers 1..N per year.
 * The answer names the first broken link.
 */
export function verifyRegisterFile(file: string): ChainCheck & { pratiche: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const { n } = db.prepare('SELECT count(*) AS n FROM pratiche').get() as { n: number };
    const { rehashed: _rehashed, ...check } = verifySqliteChain(db, { full: true });
    return { ...check, pratiche: n };
  } finally {
    db.close();
  }
}
