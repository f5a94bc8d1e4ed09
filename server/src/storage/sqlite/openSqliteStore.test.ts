import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeSuite, suiteEnte, suiteFiling } from '../storeSuite';
import { loadMigrations } from './migrate';
import { openSqliteStore } from './openSqliteStore';

const dir = mkdtempSync(join(tmpdir(), 'modulo-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

// The contract on a real SQLite file (WAL, FULL), one file per case.
storeSuite('SQLite file', () => Promise.resolve(openSqliteStore(join(dir, `suite-${n++}.sqlite`))));

describe('SQLite store', () => {
  it('opens in WAL with synchronous=FULL and foreign keys, and migrates once', async () => {
    const file = join(dir, 'pragmas.sqlite');
    const store = openSqliteStore(file);
    await store.close();
    const again = openSqliteStore(file);
    await again.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = db.prepare('SELECT version FROM schema_migrations').all();
    // Each migration once, though the file was opened twice.
    expect(versions).toEqual(loadMigrations().map((m) => ({ version: m.version })));
    db.close();
  });

  it('names the first broken link when a stored pratica is changed', async () => {
    const file = join(dir, 'tamper.sqlite');
    const store = openSqliteStore(file);
    await store.entes.put(suiteEnte());
    const filed = [];
    for (let i = 0; i < 3; i++) filed.push(await store.pratiche.file(suiteFiling()));
    await store.close();
    const second = filed[1]!;
    if (!second.ok) throw new Error('not filed');
    const db = new Database(file);
    db.prepare("UPDATE pratiche SET submitter = 'citizen:SOMEONE' WHERE code = ?").run(second.pratica.code);
    db.close();
    const reopened = openSqliteStore(file);
    expect(await reopened.pratiche.verifyChain()).toEqual({
      ok: false,
      entries: 1,
      brokenAt: {
        aoo: 'AOO_BRG',
        seq: 2,
        praticaCode: second.pratica.code,
        reason: 'the stored pratica differs from its register entry',
      },
    });
    await reopened.close();
  });
});
