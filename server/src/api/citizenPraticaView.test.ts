import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backofficeFixture, PDF } from '../backoffice/backofficeFixture';

// The citizen's side of a pratica's life: GET /api/me/pratiche[/{code}] with the timeline, the
// clock and the documents, and GET /api/pratiche/{code}/documents/{id} (the citizen's downloads).

let f: Awaited<ReturnType<typeof backofficeFixture>>;
beforeAll(async () => {
  f = await backofficeFixture();
});
afterAll(() => f.store.close());

const at = (iso: string) => {
  f.clock.now = new Date(iso);
};
const mine = (code: string, who = 'mario') => f.send(who, 'GET', `/api/me/pratiche/${code}`);
const act = (code: string, body: unknown) =>
  f.send('operatorUrp', 'POST', `/api/backoffice/pratiche/${code}/actions`, body);
const download = (who: string, url: string) => f.app.request(url, { headers: f.actors[who] });

describe('the citizen’s view of a pratica', () => {
  it('shows the state in procedure’s words, and nothing to do yet', async () => {
    at('2026-03-04T09:00:00Z');
    const r = await mine(f.pratiche.marioUrp);
    expect(r.status).toBe(200);
    expect(r.body['progress']).toMatchObject({
      status: 'presented',
      statusLabel: 'Presentata',
      suspended: false,
      answerDueBy: '2026-04-01',
      integrationPending: false,
      canRequestSubstitute: false,
      documents: [],
    });
    expect(r.body['progress']['timeline']['entries']).toHaveLength(1);
    expect((await mine(f.pratiche.marioUrp, 'laura')).status).toBe(404);
    const list = await f.send('mario', 'GET', '/api/me/pratiche');
    expect(list.body['pratiche']).toContainEqual(
      expect.objectContaining({ code: f.pratiche.marioUrp, statusLabel: 'Presentata', suspended: false }),
    );
  });

  it('tells an integration is pending and the term suspended, until the citizen answers', async () => {
    const code = f.pratiche.marioUrp;
    await act(code, { type: 'take_in_charge' });
    const asked = await act(code, {
      type: 'request_integration',
      message: 'Servono le foto.',
      documents: ['Foto del luogo'],
      dueBy: '2026-03-20',
    });
    expect(asked.status).toBe(200);
    const r = await mine(code);
    expect(r.body['progress']).toMatchObject({
      statusLabel: 'Integrazione richiesta',
      suspended: true,
      suspendedUntil: '2026-04-03',
      integrationPending: true,
    });
    expect(r.body['progress']['timeline']['citizenAction']).toContain('Servono le foto.');
    // On an English page (`?lang=en`): the same timeline in English, the law's Italian names kept.
    const en = await f.send('mario', 'GET', `/api/me/pratiche/${code}?lang=en`);
    const tl = en.body['progress']['timeline'];
    expect(tl).toMatchObject({ lang: 'en', statusLabel: 'Additional documents requested' });
    // The request's reason stays in the office's own (Italian) words.
    expect(tl['citizenAction']).toMatch(/^Send the additional documents requested: Servono le foto\./);
    expect(tl['responsible']['label']).toMatch(/^Official in charge \(responsabile del procedimento\): /);
    expect(tl['entries'].map((e: { title: string }) => e.title)).toEqual([
      'Application filed and registered (protocollata)',
      'Application taken in charge',
      'Additional documents requested (richiesta di integrazione)',
    ]);
    expect(r.body['progress']['timeline']['lang']).toBe('it');
    const bad = await f.send('mario', 'GET', `/api/me/pratiche/${code}?lang=fr`);
    expect(bad.status).toBe(400);
    // The list's rows: the same words as the timeline, in the page's language.
    const rows = async (query: string) =>
      (
        (await f.send('mario', 'GET', `/api/me/pratiche${query}`)).body['pratiche'] as { code: string }[]
      ).find((p) => p.code === code);
    await expect(rows('')).resolves.toMatchObject({ statusLabel: 'Integrazione richiesta' });
    await expect(rows('?lang=en')).resolves.toMatchObject({ statusLabel: tl['statusLabel'] });
    expect((await f.send('mario', 'GET', '/api/me/pratiche?lang=fr')).status).toBe(400);
  });

  it('lists and serves the citizen’s attachment and the final decision, to the citizen only', async () => {
    const code = f.pratiche.marioUrp;
    at('2026-03-06T09:00:00Z');
    const up = await f.upload('mario', `/api/pratiche/${code}/uploads`);
    expect(up.status).toBe(201);
    const sent = await f.send('mario', 'POST', `/api/pratiche/${code}/messages`, {
      body: 'Ecco le foto.',
      attachments: [up.body['id']],
    });
    expect(sent.body['status']).toBe('integrated');
    const doc = await f.upload('operatorUrp', '/api/backoffice/uploads');
    const done = await act(code, {
      type: 'conclude',
      outcome: 'positive',
      motivation: 'Requisiti presenti.',
      documentUploadId: doc.body['id'],
    });
    expect(done.status).toBe(200);
    const r = await mine(code);
    expect(r.body['progress']).toMatchObject({
      status: 'ended_by_positive_outcome',
      statusLabel: 'Conclusa con esito positivo',
      answerDueBy: null,
      integrationPending: false,
      canRequestSubstitute: false,
    });
    const docs = r.body['progress']['documents'] as { kind: string; uploadId: string; url: string }[];
    expect(docs.map((d) => d.kind)).toEqual(['message', 'decision']);
    const decision = docs[1]!;
    expect(decision.url).toBe(`/api/pratiche/${code}/documents/${decision.uploadId}`);
    const res = await download('mario', decision.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('attachment; filename="provvedimento.pdf"');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    expect((await download('laura', decision.url)).status).toBe(404);
    expect((await download('operatorUrp', decision.url)).status).toBe(401);
    // An upload of the pratica's ente that is not one of its documents is not served.
    const stray = await f.upload('operatorUrp', '/api/backoffice/uploads');
    expect((await download('mario', `/api/pratiche/${code}/documents/${stray.body['id']}`)).status).toBe(404);
  });

  it('takes the first message after a preavviso di rigetto as the observations (art. 10-bis)', async () => {
    const code = f.pratiche.lauraTributi;
    const tributi = (body: unknown) =>
      f.send('operatorTributi', 'POST', `/api/backoffice/pratiche/${code}/actions`, body);
    at('2026-03-09T09:00:00Z');
    expect((await tributi({ type: 'take_in_charge' })).status).toBe(200);
    expect((await tributi({ type: 'preavviso', reasons: 'Manca il requisito.' })).status).toBe(200);
    expect((await mine(code, 'laura')).body['progress']).toMatchObject({
      status: 'refusal_notice',
      suspended: true,
      observationsOpen: true,
    });
    at('2026-03-12T09:00:00Z');
    const sent = await f.send('laura', 'POST', `/api/pratiche/${code}/messages`, {
      body: 'Il requisito c’è.',
    });
    expect(sent.body['status']).toBe('refusal_notice');
    const after = (await mine(code, 'laura')).body['progress'];
    expect(after).toMatchObject({ observationsOpen: false });
    expect(after['timeline']['entries'].at(-1)).toMatchObject({ title: 'Osservazioni presentate' });
    // A second message is just a message.
    expect(
      (await f.send('laura', 'POST', `/api/pratiche/${code}/messages`, { body: 'Grazie.' })).status,
    ).toBe(201);
  });

  it('offers the request to the substitute once the term has passed, then no more', async () => {
    const code = f.pratiche.marioAltro;
    at('2026-04-02T09:00:00Z');
    expect((await mine(code)).body['progress']).toMatchObject({ canRequestSubstitute: true });
    expect((await f.send('mario', 'POST', `/api/pratiche/${code}/substitute-request`)).status).toBe(201);
    expect((await mine(code)).body['progress']).toMatchObject({ canRequestSubstitute: false });
  });
});
