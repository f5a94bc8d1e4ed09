import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backofficeFixture, PDF } from './backofficeFixture';

let f: Awaited<ReturnType<typeof backofficeFixture>>;
beforeAll(async () => {
  f = await backofficeFixture();
});
afterAll(() => f.store.close());

const act = (actor: string, code: string, body: unknown) =>
  f.send(actor, 'POST', `/api/backoffice/pratiche/${code}/actions`, body);
const at = (iso: string) => {
  f.clock.now = new Date(iso);
};

describe('POST /api/backoffice/pratiche/{code}/actions: a pratica from filing to decision', () => {
  it('takes in charge, once', async () => {
    at('2026-03-04T09:00:00Z');
    const r = await act('operatorUrp', f.pratiche.marioUrp, { type: 'take_in_charge' });
    expect(r).toMatchObject({ status: 200, body: { status: 'in_charge', outgoingProtocol: null } });
    expect(r.body['pratica']['route']).toMatchObject({ responsibleId: 'oscar', responsibleName: 'oscar' });
    expect(r.body['pratica']['allowedActions']).toEqual([
      'request_integration',
      'preavviso',
      'conclude',
      'reassign',
    ]);
    const again = await act('operatorUrp', f.pratiche.marioUrp, { type: 'take_in_charge' });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'already_in_charge' } } });
    expect(again.body['error'].message).toBe('La pratica è già in carico a oscar.');
  });

  it('requests an integration (due date ≤ 30 days), protocolled as an outgoing document, once', async () => {
    const code = f.pratiche.marioUrp;
    const ask = { type: 'request_integration', message: 'Servono le foto.', documents: ['Foto del luogo'] };
    const far = await act('operatorUrp', code, { ...ask, dueBy: '2026-04-04' });
    expect(far).toMatchObject({ status: 422, body: { error: { code: 'invalid_due_date', path: '/dueBy' } } });
    const past = await act('operatorUrp', code, { ...ask, dueBy: '2026-03-04' });
    expect(past.status).toBe(422);
    const r = await act('operatorUrp', code, { ...ask, dueBy: '2026-04-03' });
    expect(r).toMatchObject({
      status: 200,
      body: {
        status: 'integration_requested',
        outgoingProtocol: { kind: 'integration_request', number: 3, year: 2026 },
      },
    });
    expect(r.body['pratica']).toMatchObject({ suspendedUntil: '2026-04-03' });
    const again = await act('operatorUrp', code, { ...ask, dueBy: '2026-04-03' });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'integration_pending' } } });
    // The next filing takes the next number: one gapless register, still verifiable.
    expect(await f.store.pratiche.verifyChain()).toMatchObject({ ok: true });
  });

  it('resumes the term when the citizen answers with a message', async () => {
    at('2026-03-10T09:00:00Z');
    const r = await f.send('mario', 'POST', `/api/pratiche/${f.pratiche.marioUrp}/messages`, {
      body: 'Ecco le foto.',
    });
    expect(r).toMatchObject({ status: 201, body: { status: 'integrated', message: { sender: 'citizen' } } });
    const d = await f.send('operatorUrp', 'GET', `/api/backoffice/pratiche/${f.pratiche.marioUrp}`);
    // Suspended 4 → 10 March: 6 days, due 1 → 7 April.
    expect(d.body).toMatchObject({ status: 'integrated', deadline: '2026-04-07' });
    expect(d.body['suspendedUntil']).toBeUndefined();
  });

  it('sends a preavviso, then refuses a negative decision before the 10 days', async () => {
    at('2026-03-11T09:00:00Z');
    const r = await act('operatorUrp', f.pratiche.marioUrp, {
      type: 'preavviso',
      reasons: 'Manca il requisito.',
    });
    expect(r).toMatchObject({
      status: 200,
      body: { status: 'refusal_notice', outgoingProtocol: { kind: 'preavviso', number: 4 } },
    });
    at('2026-03-15T09:00:00Z');
    const up = await f.upload('operatorUrp', '/api/backoffice/uploads');
    expect(up).toMatchObject({ status: 201, body: { type: 'application/pdf' } });
    const early = await act('operatorUrp', f.pratiche.marioUrp, {
      type: 'conclude',
      outcome: 'negative',
      motivation: 'Requisito assente.',
      documentUploadId: up.body['id'],
    });
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'preavviso_window_open' } } });
    expect(early.body['error'].message).toContain('21 marzo 2026');
  });

  it('concludes with a motivated, hashed final document, protocolled; then nothing more', async () => {
    at('2026-03-23T09:00:00Z');
    const up = await f.upload('operatorUrp', '/api/backoffice/uploads');
    const conclude = { type: 'conclude', outcome: 'negative', documentUploadId: up.body['id'] };
    const bare = await act('operatorUrp', f.pratiche.marioUrp, { ...conclude, motivation: ' ' });
    expect(bare).toMatchObject({ status: 422, body: { error: { code: 'motivation_required' } } });
    // Oscar's upload is not the admin's document.
    const someoneElses = await act('adminBorgo', f.pratiche.marioUrp, { ...conclude, motivation: 'x' });
    expect(someoneElses).toMatchObject({ status: 404, body: { error: { code: 'upload_not_found' } } });
    const r = await act('operatorUrp', f.pratiche.marioUrp, {
      ...conclude,
      motivation: 'Requisito assente.',
    });
    expect(r).toMatchObject({
      status: 200,
      body: {
        status: 'ended_by_negative_outcome',
        outgoingProtocol: { kind: 'decision', number: 5, documentSha256: up.body['sha256'] },
        pratica: { allowedActions: [], daysLeft: null },
      },
    });
    const after = await act('operatorUrp', f.pratiche.marioUrp, { type: 'take_in_charge' });
    expect(after).toMatchObject({ status: 409, body: { error: { code: 'already_ended' } } });
    const audit = await f.store.audit.list('borgo', { subject: f.pratiche.marioUrp });
    expect(audit.map((a) => [a.actor, a.action])).toEqual([
      ['citizen:RSSMRA80A01H501U', 'pratica.filed'],
      ['staff:oscar', 'pratica.taken-in-charge'],
      ['staff:oscar', 'pratica.integration-requested'],
      ['citizen:RSSMRA80A01H501U', 'pratica.integrated'],
      ['staff:oscar', 'pratica.preavviso'],
      ['staff:oscar', 'pratica.concluded'],
    ]);
    expect(audit[5]?.data).toMatchObject({
      outcome: 'negative',
      document: { sha256: up.body['sha256'] },
      protocol: 5,
    });
    expect(await f.store.pratiche.verifyChain()).toMatchObject({ ok: true });
    // Closed pratiche leave the open inbox.
    const inbox = await f.send('operatorUrp', 'GET', '/api/backoffice/pratiche');
    expect(inbox.body['total']).toBe(0);
  });
});

describe('actions on a pratica not yet in charge, reassignment, refusals', () => {
  it('an integration request takes the pratica in charge in the same step (art. 2 c. 7)', async () => {
    at('2026-03-05T09:00:00Z');
    const r = await act('operatorTributi', f.pratiche.lauraTributi, {
      type: 'request_integration',
      message: 'Manca il documento.',
      documents: ['Carta d’identità'],
      dueBy: '2026-03-20',
    });
    expect(r).toMatchObject({ status: 200, body: { status: 'integration_requested' } });
    expect(r.body['pratica']['timeline']['responsible']).toMatchObject({
      role: 'responsabile',
      name: 'tina',
    });
  });

  it('refuses a conclusion without taking charge', async () => {
    const r = await act('adminAltro', f.pratiche.marioAltro, {
      type: 'conclude',
      outcome: 'positive',
      motivation: 'ok',
      documentUploadId: 'nessuno',
    });
    expect(r).toMatchObject({ status: 404, body: { error: { code: 'upload_not_found' } } });
  });

  it('reassigns to another office and operator, with a reason; unknown ones are refused', async () => {
    const code = f.pratiche.lauraTributi;
    const unknown = await act('adminBorgo', code, {
      type: 'reassign',
      operatorId: 'nessuno',
      reason: 'ferie',
    });
    expect(unknown).toMatchObject({ status: 422, body: { error: { code: 'not_in_directory' } } });
    const neither = await act('adminBorgo', code, { type: 'reassign', reason: 'ferie' });
    expect(neither.status).toBe(400);
    const r = await act('adminBorgo', code, {
      type: 'reassign',
      officeId: 'urp',
      operatorId: 'oscar',
      reason: 'ferie',
    });
    expect(r).toMatchObject({
      status: 200,
      body: { pratica: { route: { officeId: 'urp', responsibleId: 'oscar' } } },
    });
    const inbox = await f.send('operatorUrp', 'GET', '/api/backoffice/pratiche');
    expect((inbox.body['items'] as { code: string }[]).map((i) => i.code)).toEqual([code]);
    const audit = await f.store.audit.list('borgo', { subject: code, action: 'pratica.reassigned' });
    expect(audit[0]).toMatchObject({ actor: 'staff:ada', data: { reason: 'ferie', officeId: 'urp' } });
  });

  it('refuses other offices, other entes, other roles, citizens, and writes without the CSRF token', async () => {
    const body = { type: 'take_in_charge' };
    expect((await act('operatorTributi', f.pratiche.lauraTributi, body)).status).toBe(404); // now URP's
    expect((await act('adminAltro', f.pratiche.lauraTributi, body)).status).toBe(404);
    expect((await act('adminBorgo', f.pratiche.marioAltro, body)).status).toBe(404);
    expect((await act('designerBorgo', f.pratiche.lauraTributi, body)).body['error'].code).toBe('forbidden');
    expect((await act('mario', f.pratiche.lauraTributi, body)).body['error'].code).toBe('unauthenticated');
    expect((await act('adminBorgoNoCsrf', f.pratiche.lauraTributi, body)).body['error'].code).toBe(
      'csrf_failed',
    );
    expect((await act('adminBorgo', f.pratiche.lauraTributi, { type: 'approve' })).status).toBe(400);
  });
});

describe('POST /api/pratiche/{code}/substitute-request (art. 2 c. 9-ter)', () => {
  it('is refused before the term, recorded after it with the half term from the request', async () => {
    at('2026-03-20T09:00:00Z');
    const early = await f.send('mario', 'POST', `/api/pratiche/${f.pratiche.marioAltro}/substitute-request`);
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'term_not_expired' } } });
    at('2026-04-10T09:00:00Z');
    expect(
      (await f.send('laura', 'POST', `/api/pratiche/${f.pratiche.marioAltro}/substitute-request`)).status,
    ).toBe(404);
    const r = await f.send('mario', 'POST', `/api/pratiche/${f.pratiche.marioAltro}/substitute-request`);
    // 10 April + 15 = Sat 25 April (Liberazione) → Sun 26 → Mon 27 April.
    expect(r).toMatchObject({ status: 201, body: { substituteDueDate: '2026-04-27' } });
    const again = await f.send('mario', 'POST', `/api/pratiche/${f.pratiche.marioAltro}/substitute-request`);
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'substitute_already_requested' } } });
  });
});

describe('POST /api/backoffice/uploads', () => {
  it('takes a final document larger than a JSON body (limited by maxUploadBytes, not maxJsonBytes)', async () => {
    const big = new Uint8Array(2 * 1024 * 1024);
    big.set(PDF);
    const res = await f.app.request('/api/backoffice/uploads', {
      method: 'POST',
      headers: {
        ...f.actors['operatorUrp'],
        'x-filename': 'decisione.pdf',
        'content-type': 'application/pdf',
      },
      body: big,
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ name: 'decisione.pdf', size: big.byteLength });
  });
});
