import { describe, expect, it } from 'vitest';
import { getLibraryModule, libraryModules, librarySample } from '@modulo/form-library';
import { createClient } from '../client';
import { seedDemo } from '../seed/seedDemo';
import type { TestIdentity } from '../testing/testApp';
import { testApp, testCitizen } from '../testing/testApp';

const t = testApp(new Date('2026-03-02T10:00:00Z'));
await seedDemo(t.store, libraryModules(), t.clock.now);
const module = getLibraryModule('segnalazione-disservizio')!;
const { foto: _foto, ...answers } = librarySample(module.id);
const anna = { citizen: testCitizen(String(answers.codiceFiscale)) };
const bruno = { citizen: testCitizen('RSSMRA85T10A562S') };

async function file(): Promise<string> {
  const res = await t.json(
    'POST',
    `/api/entes/montebello/modules/${module.id}/submissions`,
    { version: module.version, answers },
    anna,
  );
  if (res.status !== 201) throw new Error(await res.text());
  return ((await res.json()) as { pratica: { code: string } }).pratica.code;
}
const code = await file();
const rate = (body: unknown, as: TestIdentity = anna, c = code) =>
  t.json('POST', `/api/pratiche/${c}/rating`, body, as);
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; path?: string } }).error;

describe('POST /api/pratiche/:code/rating', () => {
  it('refuses anyone but the citizen who filed, with the same 404 as an unknown code', async () => {
    const good = { score: 4, followUp: 'clear-questions' };
    expect(await rate(good, {}).then((r) => r.status)).toBe(401);
    const other = await rate(good, bruno);
    expect(other.status).toBe(404);
    expect((await errorOf(other)).code).toBe('pratica_not_found');
    const unknown = await rate(good, anna, 'ZZZZ-ZZZZ');
    expect(unknown.status).toBe(404);
    expect(await t.store.ratings.get(code)).toBeUndefined();
  });

  it('checks the score, the follow-up of that score and the comment length', async () => {
    const bad = await rate({ score: 6, followUp: 'clear-questions' });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe('invalid_request');
    expect((await rate({ score: 4, followUp: 'sono-contento' })).status).toBe(400);
    expect((await rate({ score: 4, followUp: 'clear-questions', comment: 'x'.repeat(2001) })).status).toBe(
      400,
    );
    const mismatch = await rate({ score: 2, followUp: 'clear-questions' });
    expect(mismatch.status).toBe(422);
    expect(await errorOf(mismatch)).toMatchObject({ code: 'invalid_follow_up', path: '/followUp' });
    expect(await t.store.ratings.get(code)).toBeUndefined();
  });

  it('stores the rating once, through the typed client, and shows it back', async () => {
    const client = createClient('http://modulo.test', {
      fetch: (input: string | URL | Request, init?: RequestInit) => t.request(String(input), init, anna),
    });
    const res = await client.api.pratiche[':code'].rating.$post({
      param: { code },
      json: { score: 2, followUp: 'technical-problems', comment: '  Il caricamento si bloccava.  ' },
    });
    expect(res.status).toBe(201);
    const stored = {
      praticaCode: code,
      enteId: 'montebello',
      moduleId: module.id,
      score: 2,
      followUp: 'technical-problems',
      comment: 'Il caricamento si bloccava.',
      at: '2026-03-02T10:00:00.000Z',
    };
    expect(await t.store.ratings.get(code)).toEqual(stored);
    const again = await rate({ score: 5, followUp: 'clear-questions' });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('already_rated');
    expect(await t.store.ratings.get(code)).toEqual(stored);

    const shown = await client.api.pratiche[':code'].rating.$get({ param: { code } });
    expect(await shown.json()).toEqual({
      rating: {
        score: 2,
        followUp: 'technical-problems',
        comment: 'Il caricamento si bloccava.',
        at: stored.at,
      },
    });
    expect((await t.store.ratings.summary('montebello', module.id)).scores).toEqual([0, 1, 0, 0, 0]);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await t.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths['/api/pratiche/{code}/rating'] ?? {}).sort()).toEqual(['get', 'post']);
  });
});
