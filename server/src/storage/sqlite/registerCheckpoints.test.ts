import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chainHash } from '../../register/chainHash';
import { verifyRegisterFile } from '../../register/verifyRegisterFile';
import { suiteEnte, suiteFiling } from '../storeSuite';
import { openSqliteStore } from './openSqliteStore';
import { verifySqliteChain } from './verifySqliteChain';

// A checkpoint every 4 links: ten filings leave checkpoints at links 4 and 8.
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function register(n = 10) {
  const dir = mkdtempSync(join(tmpdir(), 'modulo-checkpoints-'));
  dirs.push(dir);
  const file = join(dir, 'modulo.sqlite');
  const store = openSqliteStore(file, { checkpointEvery: 4 });
  await store.entes.put(suiteEnte());
  const codes: string[] = [];
  for (let i = 1; i <= n; i++) {
    const r = await store.pratiche.file(suiteFiling({ document: JSON.stringify({ answers: { n: i } }) }));
    if (!r.ok) throw new Error(r.code);
    codes.push(r.pratica.code);
  }
  // A second connection, as someone with access to the file: the store's own stays open.
  const db = new Database(file);
  const seqOf = (i: number) => codes[i - 1]!;
  const editDocument = (i: number) =>
    db
      .prepare('UPDATE pratiche SET document = replace(document, \'"n"\', \'"m"\') WHERE code = ?')
      .run(seqOf(i));
  return { store, db, file, code: seqOf, editDocument, close: () => (db.close(), store.close()) };
}

describe('register checkpoints', () => {
  it('are written every N links, chained, and checks rehash only from the last one before the target', async () => {
    const r = await register();
    const rows = r.db
      .prepare('SELECT seq, numbers, prev_hash, hash FROM register_checkpoints ORDER BY seq')
      .all() as {
      seq: number;
      numbers: string;
      prev_hash: string;
      hash: string;
    }[];
    expect(rows.map((c) => [c.seq, JSON.parse(c.numbers)])).toEqual([
      [4, { 2026: 4 }],
      [8, { 2026: 8 }],
    ]);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(() => r.db.prepare('DELETE FROM register_checkpoints').run()).toThrow(/append-only/);

    expect(verifySqliteChain(r.db)).toEqual({ ok: true, entries: 10, rehashed: 2 });
    expect(verifySqliteChain(r.db, { upTo: r.code(6) })).toEqual({ ok: true, entries: 6, rehashed: 2 });
    // A checkpoint's own link is rebuilt from the checkpoint before it.
    expect(verifySqliteChain(r.db, { upTo: r.code(8) })).toEqual({ ok: true, entries: 8, rehashed: 4 });
    expect(verifySqliteChain(r.db, { full: true })).toEqual({ ok: true, entries: 10, rehashed: 10 });
    expect(await r.store.pratiche.verifyChain()).toEqual({ ok: true, entries: 10 });
    await r.close();
  });

  it('finds a pratica edited after the last checkpoint, in every check', async () => {
    const r = await register();
    r.editDocument(10);
    const broken = { ok: false, brokenAt: { seq: 10, praticaCode: r.code(10) } };
    expect(await r.store.pratiche.verifyChain()).toMatchObject(broken);
    expect(await r.store.pratiche.verifyChain({ upTo: r.code(10) })).toMatchObject(broken);
    expect(verifyRegisterFile(r.file)).toMatchObject(broken);
    await r.close();
  });

  it('finds a pratica edited before a checkpoint through its receipt check and the register check', async () => {
    const r = await register();
    r.editDocument(2);
    const broken = {
      ok: false,
      brokenAt: { seq: 2, praticaCode: r.code(2), reason: 'the document does not match its SHA-256' },
    };
    expect(await r.store.pratiche.verifyChain({ upTo: r.code(2) })).toMatchObject(broken);
    expect(await r.store.pratiche.verifyChain({ upTo: r.code(3) })).toMatchObject(broken);
    expect(verifyRegisterFile(r.file)).toMatchObject(broken);
    // The tail check trusts the checkpoints (that is what makes it cheap): links 9 and 10 only.
    expect(verifySqliteChain(r.db)).toEqual({ ok: true, entries: 10, rehashed: 2 });
    await r.close();
  });

  it('finds a register rewritten before a checkpoint, even from the tail: the checkpoint no longer matches', async () => {
    const r = await register();
    // Rewrite link 2 and recompute every later link, so the chain itself is consistent again.
    const links = r.db.prepare('SELECT seq, entry FROM register WHERE seq >= 2 ORDER BY seq').all() as {
      seq: number;
      entry: string;
    }[];
    let prev = (r.db.prepare('SELECT hash FROM register WHERE seq = 1').get() as { hash: string }).hash;
    const update = r.db.prepare('UPDATE register SET entry = ?, prev_hash = ?, hash = ? WHERE seq = ?');
    for (const l of links) {
      const entry = l.seq === 2 ? l.entry.replace('segnalazione', 'segnalazionE') : l.entry;
      const hash = chainHash(prev, entry);
      update.run(entry, prev, hash, l.seq);
      prev = hash;
    }
    expect(await r.store.pratiche.verifyChain()).toMatchObject({
      ok: false,
      brokenAt: { seq: 4, reason: 'the link differs from the checkpoint taken when it was written' },
    });
    expect(verifyRegisterFile(r.file)).toMatchObject({ ok: false, brokenAt: { seq: 2 } });
    // Forging the checkpoint too breaks the checkpoints' own chain.
    r.db.exec('DROP TRIGGER register_checkpoints_no_update');
    const link4 = (r.db.prepare('SELECT hash FROM register WHERE seq = 4').get() as { hash: string }).hash;
    r.db.prepare('UPDATE register_checkpoints SET link_hash = ? WHERE seq = 4').run(link4);
    expect(await r.store.pratiche.verifyChain()).toMatchObject({
      ok: false,
      brokenAt: { seq: 4, reason: 'the checkpoint at link 4 has been altered' },
    });
    await r.close();
  });
});
