import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suiteFiling } from '../storage/storeSuite';
import { backofficeFixture } from './backofficeFixture';

let f: Awaited<ReturnType<typeof backofficeFixture>>;
beforeAll(async () => {
  f = await backofficeFixture();
  const rate = (
    code: string,
    score: number,
    followUp: 'technical-problems' | 'clear-questions',
    at: string,
  ) =>
    f.store.ratings.add({
      praticaCode: code,
      enteId: 'borgo',
      moduleId: 'segnalazione',
      score,
      followUp,
      comment: `Commento del ${at}`,
      at,
    });
  await rate(f.pratiche.marioUrp, 2, 'technical-problems', '2026-03-05T10:00:00Z');
  await rate(f.pratiche.lauraTributi, 5, 'clear-questions', '2026-03-06T10:00:00Z');
});
afterAll(() => f.store.close());

const path = '/api/entes/borgo/monitoring/ratings';

describe('GET /api/entes/{ente}/monitoring/ratings', () => {
  it('gives an ente admin every rating: scores, follow-up answers, comments newest first without identity', async () => {
    const { status, body } = await f.send('adminBorgo', 'GET', path);
    expect(status).toBe(200);
    expect(body['distribution']).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 });
    expect(body['followUps']).toEqual([
      { question: 'high', answer: 'clear-questions', count: 1 },
      { question: 'low', answer: 'technical-problems', count: 1 },
    ]);
    expect(body['comments']).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{16}$/),
        module: 'segnalazione',
        moduleTitle: expect.any(String),
        rating: 5,
        followUp: 'clear-questions',
        comment: 'Commento del 2026-03-06T10:00:00Z',
        filedAt: '2026-03-02',
        ratedAt: '2026-03-06T10:00:00Z',
      },
      expect.objectContaining({ rating: 2, ratedAt: '2026-03-05T10:00:00Z' }),
    ]);
    expect(body['nextCursor']).toBeNull();
    const text = JSON.stringify(body);
    for (const secret of [
      'RSSMRA80A01H501U',
      'BNCLRA85M52F205I',
      f.pratiche.marioUrp,
      f.pratiche.lauraTributi,
    ])
      expect(text).not.toContain(secret);
  });

  it('gives an operator the ratings of their office’s pratiche only, and one module on request', async () => {
    const { status, body } = await f.send('operatorUrp', 'GET', path);
    expect(status).toBe(200);
    expect(body['distribution']).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 });
    expect(body['comments'].map((c: { rating: number }) => c.rating)).toEqual([2]);
    const none = await f.send('adminBorgo', 'GET', `${path}?module=altro-modulo`);
    expect(none.body['comments']).toEqual([]);
  });

  it('pages the comments with an opaque cursor, and refuses a forged one', async () => {
    for (let i = 0; i < 21; i++) {
      const r = await f.store.pratiche.file(
        suiteFiling({ moduleId: 'mensa', at: new Date(`2026-03-03T09:${String(i).padStart(2, '0')}:00Z`) }),
      );
      if (!r.ok) throw new Error(r.code);
      await f.store.ratings.add({
        praticaCode: r.pratica.code,
        enteId: 'borgo',
        moduleId: 'mensa',
        score: 3,
        followUp: 'technical-problems',
        comment: `c${i}`,
        at: `2026-03-07T10:${String(i).padStart(2, '0')}:00Z`,
      });
    }
    const first = await f.send('adminBorgo', 'GET', `${path}?module=mensa`);
    expect(first.body['comments']).toHaveLength(20);
    expect(first.body['comments'][0].comment).toBe('c20');
    const second = await f.send(
      'adminBorgo',
      'GET',
      `${path}?module=mensa&cursor=${first.body['nextCursor']}`,
    );
    expect(second.body['comments'].map((c: { comment: string }) => c.comment)).toEqual(['c0']);
    expect(second.body['nextCursor']).toBeNull();
    const forged = await f.send('adminBorgo', 'GET', `${path}?cursor=bm90LWpzb24`);
    expect(forged.status).toBe(400);
    expect(forged.body['error']).toMatchObject({ code: 'invalid_request' });
  });

  it('refuses another ente’s staff, a designer, a citizen and an anonymous caller', async () => {
    expect((await f.send('adminAltro', 'GET', path)).body['error']).toMatchObject({ code: 'forbidden' });
    expect((await f.send('adminAltro', 'GET', path)).status).toBe(403);
    expect((await f.send('designerBorgo', 'GET', path)).status).toBe(403);
    expect((await f.send('mario', 'GET', path)).status).toBe(401);
    expect((await f.send('anonymous', 'GET', path)).status).toBe(401);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await f.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, object>;
    };
    expect(Object.keys(doc.paths)).toContain('/api/entes/{ente}/monitoring/ratings');
  });
});
