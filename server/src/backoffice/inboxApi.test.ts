import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Body } from './backofficeFixture';
import { backofficeFixture } from './backofficeFixture';

let f: Awaited<ReturnType<typeof backofficeFixture>>;
beforeAll(async () => {
  f = await backofficeFixture();
});
afterAll(() => f.store.close());

const codes = (body: Body) => (body['items'] as { code: string }[]).map((i) => i.code);

describe('GET /api/backoffice/pratiche', () => {
  it('shows an operator the pratiche of their offices, an admin all of the ente, nobody another ente’s', async () => {
    const { marioUrp, lauraTributi, marioAltro } = f.pratiche;
    expect(codes((await f.send('operatorUrp', 'GET', '/api/backoffice/pratiche')).body)).toEqual([marioUrp]);
    // Tina works for Tributi and is the named responsible of every borgo pratica: routed to her.
    expect(codes((await f.send('operatorTributi', 'GET', '/api/backoffice/pratiche')).body).sort()).toEqual(
      [marioUrp, lauraTributi].sort(),
    );
    const admin = await f.send('adminBorgo', 'GET', '/api/backoffice/pratiche');
    expect(admin.body['total']).toBe(2);
    expect(codes(admin.body)).not.toContain(marioAltro);
    expect(codes((await f.send('adminAltro', 'GET', '/api/backoffice/pratiche')).body)).toEqual([marioAltro]);
    expect((await f.send('designerBorgo', 'GET', '/api/backoffice/pratiche')).status).toBe(403);
    expect((await f.send('mario', 'GET', '/api/backoffice/pratiche')).body['error'].code).toBe(
      'unauthenticated',
    );
  });

  it('gives each item its protocol, assignment and clock, in the agreed shape', async () => {
    const { body } = await f.send('operatorUrp', 'GET', '/api/backoffice/pratiche');
    expect(body['items'][0]).toEqual({
      code: f.pratiche.marioUrp,
      subject: 'Segnalazione',
      moduleId: 'segnalazione',
      moduleVersion: '1.0.0',
      status: 'presented',
      protocol: { number: 1, year: 2026, date: '2026-03-02', segnatura: expect.stringContaining('0000001') },
      assignment: expect.objectContaining({ officeId: 'urp', responsibleId: 'tina' }),
      deadline: '2026-04-01',
      daysLeft: 28,
      overdue: false,
    });
  });

  it('filters by state, procedure, office and due, and pages', async () => {
    const get = async (q: string) =>
      (await f.send('adminBorgo', 'GET', `/api/backoffice/pratiche?${q}`)).body;
    expect(codes(await get('officeId=tributi'))).toEqual([f.pratiche.lauraTributi]);
    expect(codes(await get('moduleId=nessuno'))).toEqual([]);
    expect((await get('state=presented'))['total']).toBe(2);
    expect((await get('state=ended'))['total']).toBe(0);
    expect(codes(await get('due=overdue'))).toEqual([]);
    expect(codes(await get('due=near'))).toEqual([]);
    expect(await get('page=2&pageSize=1')).toMatchObject({ total: 2, items: [expect.anything()] });
    expect((await f.send('adminBorgo', 'GET', '/api/backoffice/pratiche?pageSize=500')).status).toBe(400);
    f.clock.now = new Date('2026-03-26T09:00:00Z');
    expect((await get('due=near'))['total']).toBe(2);
    f.clock.now = new Date('2026-04-03T09:00:00Z');
    const overdue = await get('due=overdue');
    expect(overdue['total']).toBe(2);
    expect(overdue['items'][0]).toMatchObject({ overdue: true, daysLeft: -2 });
    f.clock.now = new Date('2026-03-04T09:00:00Z');
  });
});

describe('GET /api/backoffice/pratiche/{code}', () => {
  it('gives the pratica with answers, documents, protocol, route, timeline, messages and allowed actions', async () => {
    const { status, body } = await f.send(
      'operatorUrp',
      'GET',
      `/api/backoffice/pratiche/${f.pratiche.marioUrp}`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      code: f.pratiche.marioUrp,
      status: 'presented',
      statusLabel: 'Presentata',
      answers: {},
      protocol: { number: 1, aoo: 'AOO_BORGO' },
      route: { officeId: 'urp' },
      messages: [],
      outgoing: [],
      timeline: { entries: [expect.objectContaining({ title: 'Istanza presentata e protocollata' })] },
    });
    expect(body['allowedActions']).toEqual([
      'take_in_charge',
      'request_integration',
      'preavviso',
      'reassign',
    ]);
  });

  it('is a 404 for another office’s or another ente’s pratica', async () => {
    const other = await f.send('operatorUrp', 'GET', `/api/backoffice/pratiche/${f.pratiche.lauraTributi}`);
    expect(other).toMatchObject({ status: 404, body: { error: { code: 'pratica_not_found' } } });
    const ente = await f.send('adminAltro', 'GET', `/api/backoffice/pratiche/${f.pratiche.marioUrp}`);
    expect(ente.status).toBe(404);
  });
});
