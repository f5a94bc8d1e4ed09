import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backofficeFixture } from './backofficeFixture';

let f: Awaited<ReturnType<typeof backofficeFixture>>;
beforeAll(async () => {
  f = await backofficeFixture();
});
afterAll(() => f.store.close());

describe('GET /api/backoffice/monitoring', () => {
  it('computes the indicators per procedure from live data, as JSON and CSV, for the staff’s ente only', async () => {
    const act = (code: string, body: unknown) =>
      f.send('adminBorgo', 'POST', `/api/backoffice/pratiche/${code}/actions`, body);
    f.clock.now = new Date('2026-03-04T09:00:00Z');
    await act(f.pratiche.marioUrp, { type: 'take_in_charge' });
    await act(f.pratiche.lauraTributi, {
      type: 'request_integration',
      message: 'Serve il documento.',
      documents: ['Documento'],
      dueBy: '2026-03-20',
    });
    f.clock.now = new Date('2026-03-12T09:00:00Z');
    const up = await f.upload('adminBorgo', '/api/backoffice/uploads');
    const done = await act(f.pratiche.marioUrp, {
      type: 'conclude',
      outcome: 'positive',
      motivation: 'Tutto in regola.',
      documentUploadId: up.body['id'],
    });
    expect(done.status).toBe(200);
    f.clock.now = new Date('2026-05-01T09:00:00Z');

    const { status, body } = await f.send('operatorUrp', 'GET', '/api/backoffice/monitoring');
    expect(status).toBe(200);
    expect(body).toEqual({
      ente: 'borgo',
      asOf: '2026-05-01',
      procedures: [
        {
          moduleId: 'segnalazione',
          title: 'segnalazione',
          submissions: 2,
          applicants: 2,
          concluded: 1,
          silenzioAssenso: 0,
          // Laura's: suspended 4 → 20 March (16 days), due 1 → 17 April, still open on 1 May.
          openOverdue: 1,
          suspended: 1,
          meanDaysToConclude: 10,
          medianDaysToConclude: 10,
          shareConcludedWithinTerm: 1,
          submissionsPerMonth: { '2026-03': 2 },
        },
      ],
    });
    const csv = await f.app.request('/api/backoffice/monitoring?format=csv', {
      headers: f.actors['adminBorgo'],
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toBe(
      'moduleId,title,submissions,applicants,concluded,silenzioAssenso,openOverdue,suspended,meanDaysToConclude,medianDaysToConclude,shareConcludedWithinTerm\r\n' +
        'segnalazione,segnalazione,2,2,1,0,1,1,10,10,1\r\n',
    );
    const altro = await f.send('adminAltro', 'GET', '/api/backoffice/monitoring');
    expect(altro.body['procedures']).toMatchObject([{ submissions: 1, concluded: 0 }]);
    expect((await f.send('designerBorgo', 'GET', '/api/backoffice/monitoring')).status).toBe(403);
  });
});
