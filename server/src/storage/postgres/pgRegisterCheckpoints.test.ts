import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainHash } from '../../register/chainHash';
import { verifyRegister } from '../../register/verifyRegister';
import type { RunningPostgres } from '../../testing/startPostgres';
import { startPostgres } from '../../testing/startPostgres';
import { suiteEnte, suiteFiling } from '../storeSuite';
import { createPgPool } from './pgPool';
import { openPgStore } from './openPgStore';
import { verifyPgChain } from './verifyPgChain';

// The checkpoint cases of sqlite/registerCheckpoints.test.ts on a real PostgreSQL: a checkpoint
// every 4 links, so ten filings leave checkpoints at links 4 and 8.
let pg: RunningPostgres;
beforeAll(async () => {
  pg = await startPostgres();
}, 120_000);
afterAll(() => pg?.stop(), 60_000);

let n = 0;
async function register(options: { concurrent?: boolean } = {}) {
  const name = `checkpoints_${n++}`;
  const url = pg.createDatabase(name);
  const store = await openPgStore(url, { checkpointEvery: 4 });
  await store.entes.put(suiteEnte());
  const file = (i: number) =>
    store.pratiche.file(suiteFiling({ document: JSON.stringify({ answers: { n: i } }) })).then((r) => {
      if (!r.ok) throw new Error(r.code);
      return r.pratica;
    });
  const filed = options.concurrent
    ? await Promise.all(Array.from({ length: 10 }, (_, i) => file(i + 1)))
    : [];
  if (!options.concurrent) for (let i = 1; i <= 10; i++) filed.push(await file(i));
  const bySeq = new Map(filed.map((p) => [p.protocol.number, p.code]));
  // A second connection, as someone with access to the database.
  const pool = createPgPool(url, 1);
  const sql = (text: string) => pg.psql(name, text);
  return {
    store,
    pool,
    url,
    sql,
    code: (seq: number) => bySeq.get(seq)!,
    editDocument: (seq: number) =>
      sql(`UPDATE pratiche SET document = replace(document, '"n"', '"m"') WHERE code = '${bySeq.get(seq)}'`),
    close: async () => (await pool.end(), await store.close()),
  };
}

describe('register checkpoints on PostgreSQL', () => {
  for (const concurrent of [false, true])
    it(`are written every N links, chained, and checks rehash from the last one before the target (${concurrent ? 'one batch' : 'one filing per batch'})`, async () => {
      const r = await register({ concurrent });
      const rows = r
        .sql(
          "SELECT seq || ' ' || numbers || ' ' || prev_hash || ' ' || hash FROM register_checkpoints ORDER BY seq",
        )
        .trim()
        .split('\n')
        .map((l) => l.split(' '));
      expect(rows.map(([seq, numbers]) => [Number(seq), JSON.parse(numbers!)])).toEqual([
        [4, { 2026: 4 }],
        [8, { 2026: 8 }],
      ]);
      expect(rows[1]![2]).toBe(rows[0]![3]);
      expect(() => r.sql('DELETE FROM register_checkpoints')).toThrow(/append-only/);

      expect(await verifyPgChain(r.pool)).toEqual({ ok: true, entries: 10, rehashed: 2 });
      expect(await verifyPgChain(r.pool, { upTo: r.code(6) })).toEqual({ ok: true, entries: 6, rehashed: 2 });
      expect(await verifyPgChain(r.pool, { upTo: r.code(8) })).toEqual({ ok: true, entries: 8, rehashed: 4 });
      expect(await verifyPgChain(r.pool, { full: true })).toEqual({ ok: true, entries: 10, rehashed: 10 });
      expect(await r.store.pratiche.verifyChain()).toEqual({ ok: true, entries: 10 });
      await r.close();
    });

  it('records every year of the AOO in a checkpoint', async () => {
    const url = pg.createDatabase(`checkpoints_${n++}`);
    const store = await openPgStore(url, { checkpointEvery: 4 });
    await store.entes.put(suiteEnte());
    for (const at of ['2025-12-30', '2025-12-31', '2026-01-02', '2026-01-03'])
      await store.pratiche.file(suiteFiling({ at: new Date(`${at}T09:00:00Z`) }));
    const pool = createPgPool(url, 1);
    const { rows } = await pool.query<{ numbers: string }>('SELECT numbers FROM register_checkpoints');
    expect(rows.map((c) => JSON.parse(c.numbers) as unknown)).toEqual([{ 2025: 2, 2026: 2 }]);
    expect(await verifyPgChain(pool, { full: true })).toMatchObject({ ok: true, entries: 4 });
    await pool.end();
    await store.close();
  });

  it('finds a pratica edited after the last checkpoint, in every check', async () => {
    const r = await register();
    r.editDocument(10);
    const broken = { ok: false, brokenAt: { seq: 10, praticaCode: r.code(10) } };
    expect(await r.store.pratiche.verifyChain()).toMatchObject(broken);
    expect(await r.store.pratiche.verifyChain({ upTo: r.code(10) })).toMatchObject(broken);
    expect(await verifyRegister(r.url)).toMatchObject(broken);
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
    expect(await verifyRegister(r.url)).toMatchObject(broken);
    // The tail check trusts the checkpoints (that is what makes it cheap): links 9 and 10 only.
    expect(await verifyPgChain(r.pool)).toEqual({ ok: true, entries: 10, rehashed: 2 });
    await r.close();
  });

  it('finds a register rewritten before a checkpoint, even from the tail: the checkpoint no longer matches', async () => {
    const r = await register();
    // Rewrite link 2 and recompute every later link, so the chain itself is consistent again.
    const { rows: links } = await r.pool.query<{ seq: number; entry: string }>(
      'SELECT seq, entry FROM register WHERE seq >= 2 ORDER BY seq',
    );
    let prev = (await r.pool.query<{ hash: string }>('SELECT hash FROM register WHERE seq = 1')).rows[0]!
      .hash;
    for (const l of links) {
      const entry = l.seq === 2 ? l.entry.replace('segnalazione', 'segnalazionE') : l.entry;
      const hash = chainHash(prev, entry);
      await r.pool.query('UPDATE register SET entry = $1, prev_hash = $2, hash = $3 WHERE seq = $4', [
        entry,
        prev,
        hash,
        l.seq,
      ]);
      prev = hash;
    }
    expect(await r.store.pratiche.verifyChain()).toMatchObject({
      ok: false,
      brokenAt: { seq: 4, reason: 'the link differs from the checkpoint taken when it was written' },
    });
    expect(await verifyRegister(r.url)).toMatchObject({ ok: false, brokenAt: { seq: 2 } });
    // Forging the checkpoint too breaks the checkpoints' own chain.
    r.sql('ALTER TABLE register_checkpoints DISABLE TRIGGER register_checkpoints_no_update');
    r.sql(
      `UPDATE register_checkpoints SET link_hash = (SELECT hash FROM register WHERE seq = 4) WHERE seq = 4`,
    );
    expect(await r.store.pratiche.verifyChain()).toMatchObject({
      ok: false,
      brokenAt: { seq: 4, reason: 'the checkpoint at link 4 has been altered' },
    });
    await r.close();
  });
});
