import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { suiteEnte, suiteFiling } from '../storeSuite';
import { openSqliteStore } from './openSqliteStore';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('FilingBatch (counter, chain tail and audit kept per batch)', () => {
  it('numbers, links, checkpoints and audits a batch as one filing at a time would', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modulo-filing-batch-'));
    dirs.push(dir);
    const file = join(dir, 'modulo.sqlite');
    const store = openSqliteStore(file, { checkpointEvery: 5 });
    await store.entes.put(suiteEnte());
    const fileMany = (n: number, from: number) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          store.pratiche.file(suiteFiling({ document: JSON.stringify({ answers: { n: from + i } }) })),
        ),
      );
    // Two batches of concurrent filings (the second continues from the first's counter and tail).
    const first = await fileMany(23, 1);
    const second = await fileMany(9, 24);
    const results = [...first, ...second];
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = results.map((r) => (r.ok ? r.pratica.protocol.number : 0));
    expect(numbers).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(await store.pratiche.verifyChain({ full: true })).toMatchObject({ ok: true, entries: 32 });

    const db = new Database(file, { readonly: true });
    try {
      // The checkpoints inside a batch see the counters as of their own link.
      const checkpoints = db.prepare('SELECT seq, numbers FROM register_checkpoints ORDER BY seq').all() as {
        seq: number;
        numbers: string;
      }[];
      const year = String(results[0]!.ok && results[0]!.pratica.protocol.year);
      expect(checkpoints.map((c) => [c.seq, JSON.parse(c.numbers)[year]])).toEqual(
        [5, 10, 15, 20, 25, 30].map((seq) => [seq, seq]),
      );
      expect(db.prepare('SELECT last FROM protocol_counters').pluck().all()).toEqual([32]);
      // One audit event per filing, in filing order, with its protocol number and hash.
      const audits = db
        .prepare("SELECT subject, data FROM audit WHERE action = 'pratica.filed' ORDER BY seq")
        .all() as { subject: string; data: string }[];
      expect(audits.map((a) => a.subject)).toEqual(results.map((r) => r.ok && r.pratica.code));
      expect(audits.map((a) => (JSON.parse(a.data) as { protocol: number }).protocol)).toEqual(numbers);
      expect(audits.map((a) => (JSON.parse(a.data) as { hash: string }).hash)).toEqual(
        results.map((r) => r.ok && r.pratica.registerHash),
      );
    } finally {
      db.close();
      await store.close();
    }
  });
});
