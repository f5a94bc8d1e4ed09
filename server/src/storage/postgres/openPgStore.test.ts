import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityStoreSuite } from '../identityStoreSuite';
import { modulesStoreSuite } from '../modulesStoreSuite';
import { storeSuite, suiteEnte, suiteFiling } from '../storeSuite';
import type { MakeStore } from '../Store';
import type { RunningPostgres } from '../../testing/startPostgres';
import { startPostgres } from '../../testing/startPostgres';
import { loadMigrations } from '../sqlite/migrate';
import { openPgStore } from './openPgStore';
import { PG_MIGRATIONS_DIR } from './migratePg';

// The same contract as SQLite's, on a real PostgreSQL server process started for this file;
// each case gets its own empty database.
let pg: RunningPostgres;
beforeAll(async () => {
  pg = await startPostgres();
}, 120_000);
afterAll(() => pg?.stop(), 60_000);

let n = 0;
const make: MakeStore = () => openPgStore(pg.createDatabase(`suite_${n++}`));

storeSuite('PostgreSQL', make);
modulesStoreSuite('PostgreSQL', make);
identityStoreSuite('PostgreSQL', make);

describe('PostgreSQL store', () => {
  it('has the same migrations as SQLite, applied once by instances starting together', async () => {
    expect(loadMigrations(PG_MIGRATIONS_DIR).map((m) => [m.version, m.name])).toEqual(
      loadMigrations().map((m) => [m.version, m.name]),
    );
    const url = pg.createDatabase('migrate_race');
    const stores = await Promise.all([openPgStore(url), openPgStore(url), openPgStore(url)]);
    await Promise.all(stores.map((s) => s.close()));
    expect(
      pg
        .psql('migrate_race', "SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations")
        .trim(),
    ).toBe(
      loadMigrations()
        .map((m) => m.version)
        .join(','),
    );
  });

  it('numbers gaplessly and keeps one chain when two stores (two instances) file at once', async () => {
    const url = pg.createDatabase('two_instances');
    const [a, b] = await Promise.all([openPgStore(url), openPgStore(url)]);
    await a.entes.put(suiteEnte());
    const idempotency = { key: 'same', requestSha256: 'x' };
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        (i % 2 ? a : b).pratiche.file(suiteFiling(i < 4 ? { idempotency } : {})),
      ),
    );
    const codes = new Set(results.map((r) => (r.ok ? r.pratica.code : r.code)));
    // The four filings with one key became one pratica: 197 distinct.
    expect(codes.size).toBe(197);
    const numbers = [...new Set(results.map((r) => (r.ok ? r.pratica.protocol.number : 0)))].sort(
      (x, y) => x - y,
    );
    expect(numbers).toEqual(Array.from({ length: 197 }, (_, i) => i + 1));
    expect(await b.pratiche.verifyChain()).toEqual({ ok: true, entries: 197 });
    await Promise.all([a.close(), b.close()]);
  });

  it('refuses to change or delete audit events (a trigger)', async () => {
    const url = pg.createDatabase('append_only');
    const store = await openPgStore(url);
    await store.entes.put(suiteEnte());
    await store.audit.append({ at: 'x', enteId: 'borgo', actor: 'system', action: 'a', subject: 's' });
    await store.close();
    expect(() => pg.psql('append_only', "UPDATE audit SET actor = 'me'")).toThrow(/append-only/);
    expect(() => pg.psql('append_only', 'DELETE FROM audit')).toThrow(/append-only/);
  });

  it('names the first broken link when a stored pratica is changed', async () => {
    const url = pg.createDatabase('tamper');
    const store = await openPgStore(url);
    await store.entes.put(suiteEnte());
    const filed = [];
    for (let i = 0; i < 3; i++) filed.push(await store.pratiche.file(suiteFiling()));
    const second = filed[1]!;
    if (!second.ok) throw new Error('not filed');
    pg.psql(
      'tamper',
      `UPDATE pratiche SET submitter = 'citizen:SOMEONE' WHERE code = '${second.pratica.code}'`,
    );
    expect(await store.pratiche.verifyChain()).toEqual({
      ok: false,
      entries: 1,
      brokenAt: {
        aoo: 'AOO_BRG',
        seq: 2,
        praticaCode: second.pratica.code,
        reason: 'the stored pratica differs from its register entry',
      },
    });
    await store.close();
  });
});
