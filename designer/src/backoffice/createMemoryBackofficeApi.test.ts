import { describe, expect, it } from 'vitest';
import { createMemoryBackofficeApi } from './createMemoryBackofficeApi';

const codes = (r: { ok: boolean; value?: { items: { code: string }[] } }) =>
  r.ok ? r.value!.items.map((p) => p.code) : [];

describe('memory back office', () => {
  it('lists by days left (overdue first, ended last) and filters like the server', async () => {
    const api = createMemoryBackofficeApi();
    expect(codes(await api.list({}))).toEqual([
      'T4NB-7QFS',
      'M3RT-8WXA',
      'P9HD-2KCE',
      'K7QM-4TZP',
      'W2ZC-5HMV',
    ]);
    expect(codes(await api.list({ due: 'overdue' }))).toEqual(['T4NB-7QFS']);
    expect(codes(await api.list({ due: 'near' }))).toEqual(['M3RT-8WXA']);
    expect(codes(await api.list({ comune: 'roccafiorita' }))).toEqual(['T4NB-7QFS', 'P9HD-2KCE']);
    expect(codes(await api.list({ state: 'in_charge', moduleId: 'accesso-atti' }))).toEqual(['M3RT-8WXA']);
    const page = await api.list({ pageSize: 2, page: 2 });
    expect(page.ok && page.value).toMatchObject({
      total: 5,
      items: [{ code: 'P9HD-2KCE' }, { code: 'K7QM-4TZP' }],
    });
  });

  it('takes in charge, then concludes; refuses what the state does not allow, in Italian', async () => {
    const api = createMemoryBackofficeApi({ now: () => new Date('2026-12-02T10:00:00Z') });
    const early = await api.act('K7QM-4TZP', { type: 'conclude', outcome: 'positive', reason: 'Riparata.' });
    expect(early.ok ? 'ok' : early.error).toMatchObject({
      code: 'action_not_allowed',
      message: /non è possibile/,
    });
    const taken = await api.act('K7QM-4TZP', { type: 'take_in_charge' });
    expect(taken.ok && taken.value.status).toBe('in_charge');
    expect(taken.ok && taken.value.allowedActions).toContain('conclude');
    const blank = await api.act('K7QM-4TZP', { type: 'conclude', outcome: 'positive', reason: ' ' });
    expect(blank.ok ? 'ok' : blank.error.code).toBe('invalid_request');
    const done = await api.act('K7QM-4TZP', { type: 'conclude', outcome: 'positive', reason: 'Riparata.' });
    expect(done.ok && done.value.status).toBe('ended_by_positive_outcome');
    expect(done.ok && done.value.timeline.at(-1)).toMatchObject({
      at: '2026-12-02T10:00:00.000Z',
      type: 'conclude',
    });
    const gone = await api.get('ZZZZ-ZZZZ');
    expect(gone.ok ? 'ok' : gone.error.code).toBe('pratica_not_found');
  });
});
