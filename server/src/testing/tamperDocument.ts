import Database from 'better-sqlite3';

/**
 * Edits a stored pratica's document straight in the database file, behind the server's back, as
 * someone with access to the disk could: for tests that the register check catches it.
 */
export function tamperDocument(file: string, code: string, from: string, to: string): number {
  const db = new Database(file);
  try {
    return db
      .prepare('UPDATE pratiche SET document = replace(document, ?, ?) WHERE code = ?')
      .run(from, to, code).changes;
  } finally {
    db.close();
  }
}
