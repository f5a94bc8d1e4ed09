import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryModules } from '@modulo/form-library';
import { verifyRegister } from '../register/verifyRegister';
import { seedDemo } from '../seed/seedDemo';
import type { RunningPostgres } from '../testing/startPostgres';
import { startPostgres } from '../testing/startPostgres';
import { copySqliteToPg } from './copySqliteToPg';
import { openPgStore } from './postgres/openPgStore';
import { openSqliteStore } from './sqlite/openSqliteStore';
import type { Store } from './Store';
import { suiteFiling } from './storeSuite';

const dir = mkdtempSync(join(tmpdir(), 'modulo-copy-'));
const file = join(dir, 'modulo.sqlite');
let pg: RunningPostgres;
beforeAll(async () => {
  pg = await startPostgres();
  // The demo: an Unione and two Comuni, published modules, pratiche with attachments and events.
  const store = openSqliteStore(file);
  await seedDemo(store, libraryModules(), new Date('2026-03-02T10:00:00Z'));
  // The back office's share: an outgoing protocol entry, a message, a rating, a webhook.
  const [first] = await store.pratiche.list('montebello', { limit: 1 });
  if (!first) throw new Error('the demo has no pratica in montebello');
  await store.backoffice.recordEvent({
    code: first.code,
    event: { type: 'taken-in-charge', at: '2026-03-02T11:00:00Z', by: 'X' },
    status: 'in_charge',
    clock: { dueDate: '2026-03-20', suspendedUntil: null },
    actor: 'staff:x',
    outgoing: { kind: 'preavviso', subject: 'Preavviso', documentSha256: 'ab'.repeat(32) },
  });
  await store.backoffice.addMessage(first.code, {
    at: '2026-03-02T11:05:00Z',
    sender: 'office',
    author: 'staff:x',
    body: 'Buongiorno',
    attachments: [],
  });
  await store.ratings.add({
    praticaCode: first.code,
    enteId: 'montebello',
    moduleId: first.moduleId,
    score: 4,
    followUp: 'clear-questions',
    at: '2026-03-02T11:10:00Z',
  });
  await store.webhooks.create({
    id: 'w1',
    enteId: 'montebello',
    url: 'https://example.it/h',
    secret: 's',
    createdAt: '2026-01-01T00:00:00Z',
    active: true,
  });
  await store.close();
}, 120_000);
afterAll(() => {
  pg?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** Everything a citizen or an office sees of an ente, to compare two stores. */
async function snapshot(store: Store, ente: string) {
  const pratiche = await store.pratiche.list(ente, { limit: 1000 });
  return {
    ente: await store.entes.get(ente),
    modules: await store.modules.list(ente),
    pratiche,
    uploads: await Promise.all(
      pratiche.flatMap((p) => p.attachments.map((a) => store.uploads.content(ente, a.uploadId))),
    ),
    audit: (await store.audit.list(ente)).map(({ seq: _seq, ...e }) => e),
    backoffice: await Promise.all(
      pratiche.map(async (p) => ({
        clock: await store.backoffice.clockOf(p.code),
        outgoing: await store.backoffice.outgoing(p.code),
        messages: (await store.backoffice.messages(p.code)).map(({ id: _id, ...m }) => m),
        rating: await store.ratings.get(p.code),
      })),
    ),
    // Migration 011's counts are not copied: the target's triggers rebuild them from the rows.
    monitoring: await store.backoffice.monitoring(ente, '2026-03-25'),
    inbox: await store.backoffice
      .inbox({ enteId: ente, scope: { all: true }, offset: 0, limit: 1000 })
      .then((r) => ({ total: r.total, codes: r.codes.sort() })),
  };
}

describe('moving entes from SQLite to PostgreSQL (pnpm modulo copy-store)', () => {
  it('moves every ente with register, chain, uploads and audit intact; verify-register passes on both', async () => {
    const url = pg.createDatabase('all');
    const report = await copySqliteToPg(file, url);
    expect(report.check).toEqual({ ok: true, entries: 5 });
    expect(report.rows.pratiche).toBe(5);
    expect(report.notCopied.join('\n')).toMatch(/^webhook_deliveries/);
    const [before, after] = [openSqliteStore(file), await openPgStore(url)];
    for (const ente of report.entes)
      expect(await snapshot(after, ente)).toEqual(await snapshot(before, ente));
    await before.close();
    expect(await verifyRegister(url)).toEqual({ ok: true, entries: 5, pratiche: 5 });
    // Filing goes on from the moved counter and chain: Montebello had 3 pratiche in 2026 and
    // an outgoing document.
    const next = await after.pratiche.file(
      suiteFiling({ enteId: 'montebello', at: new Date('2026-03-03T09:00:00Z') }),
    );
    // (4 went to the preavviso.)
    expect(next.ok && next.pratica.protocol.number).toBe(5);
    // The copied history is not notified again; what happens next is.
    expect(await after.webhooks.enqueue(100, (e) => String(e.seq))).toBe(1);
    expect(await after.pratiche.verifyChain()).toEqual({ ok: true, entries: 6 });
    await after.close();
    // Moving again would merge chains: refused, nothing written.
    await expect(copySqliteToPg(file, url)).rejects.toThrow(/already has ente/);
  });

  it('moves one Comune only with or after its Unione', async () => {
    const url = pg.createDatabase('one');
    await expect(copySqliteToPg(file, url, ['montebello'])).rejects.toThrow(/Unione unione-valle-savio/);
    const first = await copySqliteToPg(file, url, ['unione-valle-savio', 'montebello']);
    expect(first.check.ok).toBe(true);
    const second = await copySqliteToPg(file, url, ['roccafiorita']);
    expect(second.chains.map((c) => c.links)).toEqual([1]);
    expect(await verifyRegister(url)).toEqual({ ok: true, entries: 5, pratiche: 5 });
  });
});
