import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pool } from 'pg';
import type { Migration } from '../sqlite/migrate';
import { loadMigrations } from '../sqlite/migrate';

/** PostgreSQL's numbered migrations, twins of SQLite's (same numbers and names). */
export const PG_MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The advisory lock key migrations (and the demo seed) are applied under: "modulo" in ASCII. */
export const MIGRATION_LOCK = 0x6d6f64756c6f;

/**
 * Applies the migrations not yet applied, each in its own transaction, while holding a
 * session-level advisory lock: instances starting together wait for the first, then find
 * nothing left to do. Returns the versions applied now.
 */
export async function migratePg(
  pool: Pool,
  migrations: Migration[] = loadMigrations(PG_MIGRATIONS_DIR),
): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
