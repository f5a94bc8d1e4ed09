import { describe, expect, it } from 'vitest';
import { getLibraryModule } from '@modulo/form-library';
import type { ModuleDraft } from './ModuleStore';
import type { MakeStore, Store } from './Store';
import { suiteEnte } from './storeSuite';

const validators = {
  standalone: 'export default () => true;',
  rjsf: 'export default {}; export const rootSchema = {};',
};

async function withStore(make: MakeStore, run: (store: Store) => Promise<void>) {
  const store = await make();
  try {
    await store.entes.put(suiteEnte());
    await store.entes.put(suiteEnte('altro', 'AOO_ALT'));
    await run(store);
  } finally {
    await store.close();
  }
}

/**
 * The contract of server-modules' part of `Store` (module drafts, publishing with validators,
 * citizen draft purge), run on every implementation beside `storeSuite`.
 */
export function modulesStoreSuite(name: string, make: MakeStore) {
  const m = getLibraryModule('segnalazione-disservizio')!;
  const draft = (over: Partial<ModuleDraft> = {}): ModuleDraft => ({
    enteId: 'borgo',
    moduleId: m.id,
    module: m,
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    updatedBy: 'mario-rossi',
    ...over,
  });

  describe(`Store contract (modules): ${name}`, () => {
    it('keeps one draft per module of an ente, never visible to another ente', () =>
      withStore(make, async (store) => {
        await store.modules.putDraft(draft());
        await store.modules.putDraft(
          draft({ module: { ...m, version: '1.0.1' }, updatedAt: '2026-12-02T09:00:00.000Z' }),
        );
        expect(await store.modules.getDraft('borgo', m.id)).toEqual(
          draft({ module: { ...m, version: '1.0.1' }, updatedAt: '2026-12-02T09:00:00.000Z' }),
        );
        expect(await store.modules.getDraft('altro', m.id)).toBeUndefined();
        expect((await store.modules.listDrafts('borgo')).map((d) => d.moduleId)).toEqual([m.id]);
        expect(await store.modules.listDrafts('altro')).toEqual([]);
        expect(await store.modules.deleteDraft('borgo', m.id)).toBe(true);
        expect(await store.modules.deleteDraft('borgo', m.id)).toBe(false);
      }));

    it('publishes a version with its validators and ends the draft, once', () =>
      withStore(make, async (store) => {
        await store.modules.putDraft(draft());
        const at = new Date('2026-12-02T10:00:00Z');
        const published = await store.modules.publishVersion({
          enteId: 'borgo',
          module: m,
          at,
          by: 'mario-rossi',
          validators,
        });
        expect(published).toMatchObject({
          version: m.version,
          status: 'published',
          publishedBy: 'mario-rossi',
        });
        expect(await store.modules.getDraft('borgo', m.id)).toBeUndefined();
        expect(await store.modules.validators('borgo', m.id, m.version)).toEqual(validators);
        const changed = { ...m, title: { it: 'Altro titolo' } };
        expect(
          await store.modules.publishVersion({ enteId: 'borgo', module: changed, at, by: 'x', validators }),
        ).toBe('exists');
        expect((await store.modules.version('borgo', m.id, m.version))?.module).toEqual(m);
        await store.modules.publishVersion({
          enteId: 'borgo',
          module: { ...m, version: '1.1.0' },
          at,
          by: 'x',
          validators,
        });
        expect((await store.modules.versions('borgo', m.id)).map((v) => v.version)).toEqual([
          m.version,
          '1.1.0',
        ]);
        expect(await store.modules.versions('altro', m.id)).toEqual([]);
        expect(await store.modules.validators('altro', m.id, m.version)).toBeUndefined();
      }));

    it('stores validators compiled late for a version published without them', () =>
      withStore(make, async (store) => {
        await store.modules.publish('borgo', m, new Date('2026-12-02T10:00:00Z'));
        expect(await store.modules.validators('borgo', m.id, m.version)).toBeUndefined();
        await store.modules.putValidators('borgo', m.id, m.version, validators);
        expect(await store.modules.validators('borgo', m.id, m.version)).toEqual(validators);
      }));

    it("keeps the step a citizen's draft was saved on, and forgets it when saved without one", () =>
      withStore(make, async (store) => {
        const base = { enteId: 'borgo', moduleId: m.id, owner: 'citizen:A', version: m.version };
        const saved = { ...base, answers: { a: 1 }, step: 'dove', updatedAt: '2026-12-02T10:00:00.000Z' };
        await store.drafts.put(saved);
        expect(await store.drafts.get('borgo', m.id, 'citizen:A')).toEqual(saved);
        await store.drafts.put({ ...base, answers: { a: 2 }, updatedAt: '2026-12-02T10:01:00.000Z' });
        const again = await store.drafts.get('borgo', m.id, 'citizen:A');
        expect(again).toEqual({ ...base, answers: { a: 2 }, updatedAt: '2026-12-02T10:01:00.000Z' });
        expect(again).not.toHaveProperty('step');
        expect((await store.drafts.purgeSavedBefore('2026-12-03T00:00:00.000Z'))[0]).not.toHaveProperty(
          'step',
        );
      }));

    it('purges citizen drafts saved at or before a cutoff, and returns them', () =>
      withStore(make, async (store) => {
        const base = { enteId: 'borgo', moduleId: m.id, version: m.version, answers: { a: 1 } };
        await store.drafts.put({ ...base, owner: 'citizen:A', updatedAt: '2025-12-01T10:00:00.000Z' });
        await store.drafts.put({ ...base, owner: 'citizen:B', updatedAt: '2025-12-02T10:00:00.000Z' });
        await store.drafts.put({ ...base, owner: 'citizen:C', updatedAt: '2025-12-02T10:00:00.001Z' });
        const purged = await store.drafts.purgeSavedBefore('2025-12-02T10:00:00.000Z');
        expect(purged.map((d) => d.owner)).toEqual(['citizen:A', 'citizen:B']);
        expect(purged[0]).toEqual({ ...base, owner: 'citizen:A', updatedAt: '2025-12-01T10:00:00.000Z' });
        expect(await store.drafts.get('borgo', m.id, 'citizen:C')).toBeDefined();
        expect(await store.drafts.purgeSavedBefore('2025-12-02T10:00:00.000Z')).toEqual([]);
      }));
  });
}
