import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryModules } from '@modulo/form-library';
import { seedDemo } from '@modulo/server/seed';
import { openSqliteStore } from '@modulo/server/storage';
import type { CliIo } from './io';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'modulo-cli-register-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), readFile: () => '' };
  return { io, out, err };
}

describe('pnpm modulo verify-register', () => {
  it('verifies an intact register, then names the first broken link of a tampered one', async () => {
    const file = join(dir, 'modulo.sqlite');
    const store = openSqliteStore(file);
    await seedDemo(store, libraryModules(), new Date('2026-03-02T10:00:00Z'));
    await store.close();

    const ok = capture();
    expect(await runCli(['verify-register', file], ok.io)).toBe(0);
    expect(ok.out.join('')).toContain('5 register links verified for 5 pratiche');

    // Someone edits the answers of the first Montebello pratica in the database.
    const db = new Database(file);
    const first = db
      .prepare("SELECT pratica_code FROM register WHERE aoo_code = 'AOO_MTB' ORDER BY seq LIMIT 1")
      .get() as { pratica_code: string };
    db.prepare(
      'UPDATE pratiche SET document = replace(document, \'"answers"\', \'"answers "\') WHERE code = ?',
    ).run(first.pratica_code);
    db.close();
    const broken = capture();
    expect(await runCli(['verify-register', file], broken.io)).toBe(1);
    expect(broken.err.join('')).toContain(
      `register BROKEN at AOO_MTB link 1 (pratica ${first.pratica_code}): the document does not match its SHA-256`,
    );

    const missing = capture();
    expect(await runCli(['verify-register', join(dir, 'none.sqlite')], missing.io)).toBe(1);
    expect(missing.err.join('')).toContain('cannot read the register');
  }, 60_000);
});
