import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCsv } from './auditApi';
import { backofficeFixture } from './backofficeFixture';

let f: Awaited<ReturnType<typeof backofficeFixture>>;
beforeAll(async () => {
  f = await backofficeFixture();
});
afterAll(() => f.store.close());

const path = (code: string, csv = false) =>
  `/api/backoffice/pratiche/${code}/audit${csv ? '?format=csv' : ''}`;

describe('GET /api/backoffice/pratiche/{code}/audit: a pratica’s audit log for its staff', () => {
  it('lists who did what and when, oldest first, to the staff who see the pratica', async () => {
    const code = f.pratiche.marioUrp;
    await f.send('operatorUrp', 'POST', `/api/backoffice/pratiche/${code}/actions`, {
      type: 'take_in_charge',
    });
    const r = await f.send('operatorUrp', 'GET', path(code));
    expect(r.status).toBe(200);
    expect(r.body['code']).toBe(code);
    const events = r.body['events'] as { seq: number; action: string; actor: string }[];
    expect(events.map((e) => e.action)).toEqual(['pratica.filed', 'pratica.taken-in-charge']);
    expect(events[1]).toMatchObject({ actor: 'staff:oscar', at: '2026-03-04T09:00:00.000Z' });
    expect(events[0]!.seq).toBeLessThan(events[1]!.seq);
    expect((await f.send('adminBorgo', 'GET', path(code))).status).toBe(200);
  });

  it('answers nobody else: another office, another ente, a citizen (same 404 as a missing code)', async () => {
    const code = f.pratiche.marioUrp;
    expect((await f.send('adminAltro', 'GET', path(code))).body['error'].code).toBe('pratica_not_found');
    expect((await f.send('operatorUrp', 'GET', path(f.pratiche.lauraTributi))).status).toBe(404);
    expect((await f.send('operatorUrp', 'GET', path(f.pratiche.marioAltro))).status).toBe(404);
    expect((await f.send('designerBorgo', 'GET', path(code))).status).toBe(403);
    expect((await f.send('mario', 'GET', path(code))).status).toBe(401);
  });

  it('exports the log as CSV, a download, with formulas made inert', async () => {
    const code = f.pratiche.marioUrp;
    await f.store.audit.append({
      at: '2026-03-05T09:00:00.000Z',
      enteId: 'borgo',
      actor: 'system',
      action: 'pratica.note',
      subject: code,
      data: { text: 'a, "b"' },
    });
    const res = await f.app.request(path(code, true), { headers: { ...f.actors['operatorUrp'] } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="registro-attivita-${code}.csv"`,
    );
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('numero,istante,autore,azione,dettagli');
    expect(lines).toHaveLength(5); // header, three events, the final CRLF
    expect(lines[2]).toMatch(
      /^\d+,2026-03-04T09:00:00.000Z,staff:oscar,pratica.taken-in-charge,"\{""status"":""in_charge""/,
    );
    expect(lines[3]).toBe(
      `${lines[3]!.split(',')[0]},2026-03-05T09:00:00.000Z,system,pratica.note,"{""text"":""a, \\""b\\""""}"`,
    );
  });

  it('never lets a spreadsheet run a cell', () => {
    const csv = auditCsv([
      { seq: 1, at: 'x', enteId: 'e', actor: '=HYPERLINK("x")', action: '+1', subject: 's' },
    ]);
    expect(csv.split('\r\n')[1]).toBe(`1,x,"'=HYPERLINK(""x"")",'+1,`);
  });
});
