import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import type { SqliteStore } from '../storage/sqlite/openSqliteStore';

/** A fresh SQLite store in memory: the real implementation, no file. */
export function memoryStore(): SqliteStore {
  return openSqliteStore(':memory:');
}
