import { describe, expect, it } from 'vitest';
import { createMemoryBackofficeApi } from './createMemoryBackofficeApi';

const codes = (r: { ok: boolean; value?: { items: { code: string }[] } }) =>
  r.ok ? r.value!.items.map((p) => p.code) : [];

describe('memory back office', () => {
  it('lists open pratiche by days left (overdue first) and filters like the server', async () => {
    const api = createMemoryBackofficeApi();
    expect(codes(await api.list({}))).toEqual(['T4NB-7QFS', 'M3RT-8WXA', 'P9HD-2KCE', 'K7QM-4TZP']);
    expect(codes(await api.list({ state: 'all' }))).toEqual([
      'T4NB-7QFS',
      'M3RT-8WXA',
      'P9HD-2KCE',
      'K7QM-4TZP',
      'W2ZC-5HMV',
    ]);
    expect(codes(await api.list({ state: 'ended' }))).toEqual(['W2ZC-5HMV']);
    expect(codes(await api.list({ due: 'overdue' }))).toEqual(['T4NB-7QFS']);
    expect(codes(await api.list({ due: 'near' }))).toEqual(['M3RT-8WXA']);
    expect(codes(await api.list({ comune: 'roccafiorita' }))).toEqual(['T4NB-7QFS', 'P9HD-2KCE']);
    expect(codes(await api.list({ state: 'in_charge', moduleId: 'accesso-atti' }))).toEqual(['M3RT-8WXA']);
    const page = await api.list({ pageSize: 2, page: 2, state: 'all' });
    expect(page.ok && page.value).toMatchObject({
      total: 5,
      items: [{ code: 'P9HD-2KCE' }, { code: 'K7QM-4TZP' }],
    });
  });

  it('takes in charge, then concludes with an uploaded document; refuses what the state does not allow', async () => {
    const api = createMemoryBackofficeApi({ now: () => new Date('2026-12-02T10:00:00Z') });
    const up = await api.upload(new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'decisione.pdf');
    const documentUploadId = up.ok ? up.value.id : '';
    const conclude = { type: 'conclude' as const, outcome: 'positive' as const, motivation: 'Riparata.' };
    const early = await api.act('K7QM-4TZP', { ...conclude, documentUploadId });
    expect(early.ok ? 'ok' : early.error).toMatchObject({
      code: 'action_not_allowed',
      message: /non è possibile/,
    });
    const taken = await api.act('K7QM-4TZP', { type: 'take_in_charge' });
    expect(taken.ok && taken.value.status).toBe('in_charge');
    expect(taken.ok && taken.value.allowedActions).toContain('conclude');
    const noDoc = await api.act('K7QM-4TZP', { ...conclude, documentUploadId: 'nope' });
    expect(noDoc.ok ? 'ok' : noDoc.error.code).toBe('upload_not_found');
    const done = await api.act('K7QM-4TZP', { ...conclude, documentUploadId });
    expect(done.ok && done.value.status).toBe('ended_by_positive_outcome');
    expect(done.ok && done.value.timeline.entries.at(-1)).toMatchObject({
      date: '2026-12-02',
      status: 'ended_by_positive_outcome',
    });
    const gone = await api.get('ZZZZ-ZZZZ');
    expect(gone.ok ? 'ok' : gone.error.code).toBe('pratica_not_found');
  });

  it('keeps the office’s messages and refuses a blank one', async () => {
    const api = createMemoryBackofficeApi({ now: () => new Date('2026-12-02T10:00:00Z'), by: 'Marco Galli' });
    const blank = await api.sendMessage('K7QM-4TZP', { body: '  ' });
    expect(blank.ok ? 'ok' : blank.error.code).toBe('invalid_request');
    const sent = await api.sendMessage('K7QM-4TZP', { body: 'La buca sarà riparata.' });
    expect(sent.ok && sent.value.message).toMatchObject({ sender: 'office', body: 'La buca sarà riparata.' });
    const p = await api.get('K7QM-4TZP');
    expect(p.ok && p.value.messages.map((m) => m.body)).toEqual(['La buca sarà riparata.']);
  });
});
