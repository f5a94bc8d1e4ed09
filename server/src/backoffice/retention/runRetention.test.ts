import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLibraryModule } from '@modulo/form-library';
import { sha256Hex } from '../../register/sha256Hex';
import { openSqliteStore } from '../../storage/sqlite/openSqliteStore';
import type { Store } from '../../storage/Store';
import { suiteEnte, suiteFiling } from '../../storage/storeSuite';
import { verifyReceipt } from '../../verify/verifyReceipt';
import { applyPraticaEvent } from '../applyPraticaEvent';
import { praticaContext } from '../praticaClock';
import { runRetention } from './runRetention';

async function conclude(store: Store, code: string, at: string) {
  for (const event of [
    { type: 'taken-in-charge' as const, at: '2026-03-03T09:00:00.000Z', by: 'Mario Rossi' },
    { type: 'concluded' as const, at, by: 'Mario Rossi', outcome: 'positive' as const, reason: 'Accolta.' },
  ]) {
    const ctx = await praticaContext(store, (await store.pratiche.get(code))!);
    await applyPraticaEvent(store, ctx, event, { actor: 'staff:mario-rossi' });
  }
}

async function fileOne(store: Store, moduleId: string, document: string) {
  const r = await store.pratiche.file(
    suiteFiling({ moduleId, document, documentSha256: sha256Hex(document) }),
  );
  if (!r.ok) throw new Error(r.code);
  return r.pratica.code;
}

describe('runRetention: per-module rules, with a fixed clock, across a restart', () => {
  it('purges drafts after the module’s years, anonymises ended pratiche, keeps the register verifiable', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'modulo-retention-')), 'modulo.sqlite');
    let store: Store = openSqliteStore(file);
    await store.entes.put(suiteEnte('borgo'));
    const mensa = getLibraryModule('iscrizione-mensa-scolastica')!;
    // The mensa keeps drafts two years and anonymises five years after the end; `segnalazione`
    // (no published module) has the defaults: drafts a year, personal data kept.
    const strict = {
      ...mensa,
      procedure: { ...mensa.procedure, retention: { draftYears: 2, anonymiseAfterYears: 5 } },
    };
    await store.modules.publish('borgo', strict, new Date('2026-01-01T00:00:00Z'));
    const draft = { enteId: 'borgo', version: '1.0.0', owner: 'citizen:X', answers: { nome: 'Anna' } };
    await store.drafts.put({ ...draft, moduleId: mensa.id, updatedAt: '2025-01-10T00:00:00.000Z' });
    await store.drafts.put({ ...draft, moduleId: 'segnalazione', updatedAt: '2025-01-10T00:00:00.000Z' });
    const personal = JSON.stringify({ answers: { nome: 'Anna', cognome: 'Bianchi' } });
    const mensaCode = await fileOne(store, mensa.id, personal);
    const keptCode = await fileOne(store, 'segnalazione', personal);
    const openCode = await fileOne(store, mensa.id, personal);
    await conclude(store, mensaCode, '2026-03-10T09:00:00.000Z');
    await conclude(store, keptCode, '2026-03-10T09:00:00.000Z');

    expect(await runRetention(store, new Date('2026-03-11T01:00:00Z'))).toEqual({
      draftsPurged: 1,
      anonymised: 0,
    });
    expect(await store.drafts.get('borgo', 'segnalazione', 'citizen:X')).toBeUndefined();
    expect(await store.drafts.get('borgo', mensa.id, 'citizen:X')).toBeDefined();
    // Once a day: a second run that day does nothing and writes nothing.
    expect(await runRetention(store, new Date('2026-03-11T15:00:00Z'))).toBeUndefined();

    // Five years after the end, less a day: nothing yet. Then a restart, and the day itself.
    expect(await runRetention(store, new Date('2031-03-09T01:00:00Z'))).toEqual({
      draftsPurged: 1,
      anonymised: 0,
    });
    await store.close();
    store = openSqliteStore(file);
    expect(await runRetention(store, new Date('2031-03-10T10:00:00Z'))).toEqual({
      draftsPurged: 0,
      anonymised: 1,
    });
    expect(await runRetention(store, new Date('2031-03-11T10:00:00Z'))).toEqual({
      draftsPurged: 0,
      anonymised: 0,
    });

    expect((await store.pratiche.get(mensaCode))!.document).not.toContain('Anna');
    expect((await store.pratiche.get(keptCode))!.document).toBe(personal);
    expect((await store.pratiche.get(openCode))!.document).toBe(personal);
    // What `verify-register` and the receipt check do: both still pass with the receipt's hash.
    expect(await store.pratiche.verifyChain({ full: true })).toMatchObject({ ok: true, entries: 3 });
    expect(await verifyReceipt(store, mensaCode, sha256Hex(personal))).toMatchObject({ status: 'verified' });

    const runs = await store.audit.list('borgo', { action: 'retention.run' });
    expect(runs.map((r) => r.data)).toEqual([
      { draftsPurged: 1, anonymised: 0 },
      { draftsPurged: 1, anonymised: 0 },
      { draftsPurged: 0, anonymised: 1 },
      { draftsPurged: 0, anonymised: 0 },
    ]);
    expect(await store.audit.list('borgo', { action: 'pratica.anonymised' })).toHaveLength(1);
    await store.close();
  });
});
