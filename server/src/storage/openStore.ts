import { join } from 'node:path';
import type { Store } from './Store';
import { openPgStore } from './postgres/openPgStore';
import { openSqliteStore } from './sqlite/openSqliteStore';

/** The store the server runs on, with what to print about it. */
export interface OpenedStore {
  store: Store;
  /** e.g. "SQLite data/modulo.sqlite" or "PostgreSQL 127.0.0.1:5432/modulo" (no password). */
  description: string;
  /** Runs `work` once across instances (the advisory lock on PostgreSQL; SQLite has one process). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * `DATABASE_URL=postgres://...` (or `postgresql://`) opens PostgreSQL, for several instances;
 * otherwise the embedded default, SQLite at `DATA_DIR/modulo.sqlite`.
 */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<OpenedStore> {
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const store = await openPgStore(url);
    return {
      store,
      // Without the password: everything up to '@' goes.
      description: `PostgreSQL ${url.replace(/^postgres(ql)?:\/\/[^@/]*@/, '')}`,
      exclusive: (work) => store.exclusive(work),
    };
  }
  if (url) throw new Error(`DATABASE_URL must start with postgres:// (got ${url.split(':')[0]}:)`);
  const file = join(env.DATA_DIR ?? 'data', 'modulo.sqlite');
  return { store: openSqliteStore(file), description: `SQLite ${file}`, exclusive: (work) => work() };
}
