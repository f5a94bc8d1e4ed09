import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backofficeFixture, PDF } from './backofficeFixture';

let f: Awaited<ReturnType<typeof backofficeFixture>>;
beforeAll(async () => {
  f = await backofficeFixture();
});
afterAll(() => f.store.close());

const get = (actor: string, code: string, id: string) =>
  f.app.request(`/api/backoffice/pratiche/${code}/attachments/${id}`, { headers: { ...f.actors[actor] } });

describe('GET /api/backoffice/pratiche/{code}/attachments/{uploadId}: the staff download a pratica’s documents', () => {
  it('gives the final decision to the staff who see the pratica, as a download, and to nobody else', async () => {
    const code = f.pratiche.marioUrp;
    const act = (body: unknown) =>
      f.send('operatorUrp', 'POST', `/api/backoffice/pratiche/${code}/actions`, body);
    expect((await act({ type: 'take_in_charge' })).status).toBe(200);
    const decision = await f.upload('operatorUrp', '/api/backoffice/uploads');
    const stray = await f.upload('operatorUrp', '/api/backoffice/uploads');
    // Not yet the pratica's: an upload alone is nobody's document.
    expect((await get('operatorUrp', code, decision.body['id'])).status).toBe(404);
    const done = await act({
      type: 'conclude',
      outcome: 'positive',
      motivation: 'In regola.',
      documentUploadId: decision.body['id'],
    });
    expect(done.status).toBe(200);

    const res = await get('operatorUrp', code, decision.body['id']);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="provvedimento.pdf"; filename*=UTF-8''provvedimento.pdf`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    expect((await get('adminBorgo', code, decision.body['id'])).status).toBe(200);

    expect((await get('adminAltro', code, decision.body['id'])).status).toBe(404);
    expect((await get('operatorUrp', f.pratiche.lauraTributi, decision.body['id'])).status).toBe(404);
    expect((await get('operatorUrp', code, stray.body['id'])).status).toBe(404);
    expect((await get('mario', code, decision.body['id'])).status).toBe(401);
  });
});
