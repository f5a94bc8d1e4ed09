import { describe, expect, it } from 'vitest';
import type { Rating } from './RatingStore';
import type { MakeStore, Store } from './Store';
import { suiteEnte, suiteFiling } from './storeSuite';

async function filedCode(store: Store, moduleId: string): Promise<string> {
  const r = await store.pratiche.file(suiteFiling({ moduleId }));
  if (!r.ok) throw new Error(`not filed: ${r.code}`);
  return r.pratica.code;
}

/** The ratings part of the store contract (migration 006): run on every `Store` implementation. */
export function ratingStoreSuite(name: string, make: MakeStore) {
  describe(`${name}: rating store`, () => {
    it('keeps one rating per pratica: a second one is refused and changes nothing', async () => {
      const store = await make();
      try {
        await store.entes.put(suiteEnte());
        const code = await filedCode(store, 'segnalazione');
        const rating: Rating = {
          praticaCode: code,
          enteId: 'borgo',
          moduleId: 'segnalazione',
          score: 2,
          followUp: 'unclear-questions',
          comment: 'La domanda sul luogo non era chiara.',
          at: '2026-03-02T09:05:00.000Z',
        };
        expect(await store.ratings.get(code)).toBeUndefined();
        expect(await store.ratings.add(rating)).toBe(true);
        expect(await store.ratings.add({ ...rating, score: 5, followUp: 'clear-questions' })).toBe(false);
        expect(await store.ratings.get(code)).toEqual(rating);
        const { comment: _, ...bare } = rating;
        const other = await filedCode(store, 'segnalazione');
        await store.ratings.add({ ...bare, praticaCode: other });
        expect(await store.ratings.get(other)).toEqual({ ...bare, praticaCode: other });
      } finally {
        await store.close();
      }
    });

    it("summarises an ente's ratings, or one module's, for monitoring", async () => {
      const store = await make();
      try {
        await store.entes.put(suiteEnte());
        await store.entes.put(suiteEnte('altro', 'AOO_ALT'));
        const rate = async (
          moduleId: string,
          score: number,
          followUp: Rating['followUp'],
          at: string,
          comment?: string,
        ) =>
          store.ratings.add({
            praticaCode: await filedCode(store, moduleId),
            enteId: 'borgo',
            moduleId,
            score,
            followUp,
            at,
            ...(comment ? { comment } : {}),
          });
        await rate('mensa', 5, 'clear-questions', '2026-03-02T10:00:00Z', 'Veloce.');
        await rate('mensa', 4, 'clear-questions', '2026-03-02T11:00:00Z');
        await rate('mensa', 1, 'technical-problems', '2026-03-02T12:00:00Z', 'Il caricamento si bloccava.');
        await rate('accesso-atti', 3, 'unclear-instructions', '2026-03-02T13:00:00Z');
        const altro = await store.pratiche.file(suiteFiling({ enteId: 'altro' }));
        if (!altro.ok) throw new Error('not filed');
        await store.ratings.add({
          praticaCode: altro.pratica.code,
          enteId: 'altro',
          moduleId: 'mensa',
          score: 1,
          followUp: 'other-difficulty',
          at: '2026-03-02T14:00:00Z',
        });

        expect(await store.ratings.summary('borgo', 'mensa')).toEqual({
          count: 3,
          average: 10 / 3,
          scores: [1, 0, 0, 1, 1],
          followUps: { 'clear-questions': 2, 'technical-problems': 1 },
          comments: [
            {
              moduleId: 'mensa',
              score: 1,
              comment: 'Il caricamento si bloccava.',
              at: '2026-03-02T12:00:00Z',
            },
            { moduleId: 'mensa', score: 5, comment: 'Veloce.', at: '2026-03-02T10:00:00Z' },
          ],
        });
        const all = await store.ratings.summary('borgo');
        expect(all.count).toBe(4);
        expect(all.average).toBe(13 / 4);
        expect(all.followUps['unclear-instructions']).toBe(1);
        expect(all.followUps['other-difficulty']).toBeUndefined();
        expect(await store.ratings.summary('nessuno')).toEqual({
          count: 0,
          average: null,
          scores: [0, 0, 0, 0, 0],
          followUps: {},
          comments: [],
        });
      } finally {
        await store.close();
      }
    });

    it('gives staff the scores, follow-ups and comments in their scope, comments paged newest first', async () => {
      const store = await make();
      try {
        await store.entes.put(suiteEnte());
        await store.entes.put(suiteEnte('altro', 'AOO_ALT'));
        const tributi = {
          officeId: 'tributi',
          officeName: 'Tributi',
          responsibleName: 'T',
          responsibleTitle: '',
        };
        const rate = async (
          moduleId: string,
          score: number,
          followUp: Rating['followUp'],
          at: string,
          over = {},
        ) => {
          const r = await store.pratiche.file(suiteFiling({ moduleId, ...over }));
          if (!r.ok) throw new Error(r.code);
          await store.ratings.add({
            praticaCode: r.pratica.code,
            enteId: r.pratica.enteId,
            moduleId,
            score,
            followUp,
            comment: `commento ${at.slice(11, 13)}`,
            at,
          });
          return r.pratica.code;
        };
        const a = await rate('mensa', 5, 'clear-questions', '2026-03-02T10:00:00Z');
        const b = await rate('mensa', 2, 'technical-problems', '2026-03-02T11:00:00Z', {
          assignment: tributi,
        });
        const c = await rate('accesso-atti', 2, 'technical-problems', '2026-03-02T12:00:00Z');
        await rate('mensa', 1, 'other-difficulty', '2026-03-02T13:00:00Z', { enteId: 'altro' });
        const all = { all: true } as const;
        const first = await store.ratings.feedback({ enteId: 'borgo', scope: all, limit: 2 });
        expect(first.scores).toEqual([0, 2, 0, 0, 1]);
        expect(first.followUps).toEqual([
          { followUp: 'technical-problems', count: 2 },
          { followUp: 'clear-questions', count: 1 },
        ]);
        expect(first.comments.map((x) => [x.praticaCode, x.comment])).toEqual([
          [c, 'commento 12'],
          [b, 'commento 11'],
        ]);
        expect(first.comments[0]).toMatchObject({
          moduleId: 'accesso-atti',
          score: 2,
          filedOn: '2026-03-02',
        });
        expect(first.more).toBe(true);
        const last = first.comments[1]!;
        const second = await store.ratings.feedback({
          enteId: 'borgo',
          scope: all,
          limit: 2,
          after: { at: last.at, praticaCode: last.praticaCode },
        });
        expect(second.comments.map((x) => x.praticaCode)).toEqual([a]);
        expect(second.more).toBe(false);
        // An operator of Tributi sees only the pratica routed there; one module narrows further.
        const tributiOnly = await store.ratings.feedback({
          enteId: 'borgo',
          scope: { all: false, offices: ['tributi'], staffId: 'nobody' },
          limit: 10,
        });
        expect(tributiOnly.scores).toEqual([0, 1, 0, 0, 0]);
        expect(tributiOnly.comments.map((x) => x.praticaCode)).toEqual([b]);
        const mensa = await store.ratings.feedback({
          enteId: 'borgo',
          scope: all,
          moduleId: 'mensa',
          limit: 10,
        });
        expect(mensa.comments.map((x) => x.praticaCode)).toEqual([b, a]);
      } finally {
        await store.close();
      }
    });
  });
}
