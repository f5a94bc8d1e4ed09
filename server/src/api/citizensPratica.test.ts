import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backofficeFixture, PDF } from '../backoffice/backofficeFixture';
import { fileOnBehalf, LAURA } from '../testing/authFixture';

// A pratica an integration token filed on Laura's behalf (issue 11) goes through its life like
// one she filed: she answers the integration request and the preavviso, downloads its documents;
// Mario, a third citizen, gets the unknown code's 404 at every step.

let f: Awaited<ReturnType<typeof backofficeFixture>>;
beforeAll(async () => {
  f = await backofficeFixture();
});
afterAll(() => f.store.close());

const at = (iso: string) => {
  f.clock.now = new Date(iso);
};
const act = (code: string, body: unknown) =>
  f.send('operatorTributi', 'POST', `/api/backoffice/pratiche/${code}/actions`, body);
const progress = async (code: string) =>
  (await f.send('laura', 'GET', `/api/me/pratiche/${code}`)).body['progress'];
const download = (who: string, url: string) => f.app.request(url, { headers: f.actors[who] });

describe('a pratica filed on the citizen’s behalf', () => {
  it('takes her message as the answer to an integration request, with her upload', async () => {
    const { code, uploadId } = await fileOnBehalf(f.store, 'borgo', 'tok-a', LAURA);
    at('2026-03-04T09:00:00Z');
    expect((await act(code, { type: 'take_in_charge' })).status).toBe(200);
    const asked = await act(code, {
      type: 'request_integration',
      message: 'Serve la planimetria firmata.',
      documents: ['Planimetria firmata'],
      dueBy: '2026-03-20',
    });
    expect(asked.status).toBe(200);
    expect(await progress(code)).toMatchObject({ integrationPending: true });

    const path = `/api/pratiche/${code}`;
    expect((await f.upload('mario', `${path}/uploads`)).status).toBe(404);
    expect((await f.send('mario', 'POST', `${path}/messages`, { body: 'Non è mia.' })).status).toBe(404);
    expect(await progress(code)).toMatchObject({ integrationPending: true });

    const up = await f.upload('laura', `${path}/uploads`);
    expect(up.status).toBe(201);
    const sent = await f.send('laura', 'POST', `${path}/messages`, {
      body: 'Ecco la planimetria firmata.',
      attachments: [up.body['id']],
    });
    expect(sent).toMatchObject({ status: 201, body: { status: 'integrated' } });
    expect(await progress(code)).toMatchObject({ integrationPending: false });

    // Her documents: the token's filing attachment and her own message attachment.
    const docs = (await progress(code))['documents'] as { kind: string; uploadId: string; url: string }[];
    expect(docs.map((d) => [d.kind, d.uploadId])).toEqual([
      ['filing', uploadId],
      ['message', up.body['id']],
    ]);
    for (const d of docs) {
      const res = await download('laura', d.url);
      expect(res.status).toBe(200);
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
      expect((await download('mario', d.url)).status).toBe(404);
    }
  });

  it('takes her first message after a preavviso di rigetto as the observations (art. 10-bis)', async () => {
    const { code } = await fileOnBehalf(f.store, 'borgo', 'tok-b', LAURA);
    at('2026-03-09T09:00:00Z');
    expect((await act(code, { type: 'take_in_charge' })).status).toBe(200);
    expect((await act(code, { type: 'preavviso', reasons: 'Manca il requisito.' })).status).toBe(200);
    const path = `/api/pratiche/${code}/messages`;
    expect((await f.send('mario', 'POST', path, { body: 'Osservazioni altrui.' })).status).toBe(404);
    expect(await progress(code)).toMatchObject({ status: 'refusal_notice', observationsOpen: true });
    at('2026-03-12T09:00:00Z');
    const sent = await f.send('laura', 'POST', path, { body: 'Il requisito c’è.' });
    expect(sent.status).toBe(201);
    const after = await progress(code);
    expect(after).toMatchObject({ observationsOpen: false });
    expect(after['timeline']['entries'].at(-1)).toMatchObject({ title: 'Osservazioni presentate' });
    expect((await f.send('laura', 'GET', path)).body['messages']).toHaveLength(1);
    expect((await f.send('mario', 'GET', path)).status).toBe(404);
  });

  it('lets her ask the substitute once the term has passed, and rate the service', async () => {
    const { code } = await fileOnBehalf(f.store, 'borgo', 'tok-c', LAURA);
    at('2026-04-02T09:00:00Z');
    expect(await progress(code)).toMatchObject({ canRequestSubstitute: true });
    const path = `/api/pratiche/${code}`;
    expect((await f.send('mario', 'POST', `${path}/substitute-request`)).status).toBe(404);
    expect((await f.send('laura', 'POST', `${path}/substitute-request`)).status).toBe(201);
    expect(await progress(code)).toMatchObject({ canRequestSubstitute: false });
    const rating = { score: 4, followUp: 'clear-questions' };
    expect((await f.send('mario', 'POST', `${path}/rating`, rating)).status).toBe(404);
    expect((await f.send('laura', 'POST', `${path}/rating`, rating)).status).toBe(201);
  });
});
