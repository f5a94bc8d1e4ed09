import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backofficeFixture } from '../backoffice/backofficeFixture';

let f: Awaited<ReturnType<typeof backofficeFixture>>;
beforeAll(async () => {
  f = await backofficeFixture();
});
afterAll(() => f.store.close());

const get = async (path: string) => {
  const res = await f.app.request(path, { headers: { accept: 'text/html' } });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
};

describe('the public monitoring page of an ente (/entes/:ente/monitoraggio)', () => {
  it('shows the live indicators with charts and table alternatives, the ratings, and the open-data CSV', async () => {
    f.clock.now = new Date('2026-03-04T09:00:00Z');
    await f.store.ratings.add({
      praticaCode: f.pratiche.marioUrp,
      enteId: 'borgo',
      moduleId: 'segnalazione',
      score: 4,
      followUp: 'clear-questions',
      comment: 'Commento riservato agli uffici',
      at: '2026-03-04T09:00:00Z',
    });
    const page = await get('/entes/borgo/monitoraggio');
    expect(page.status).toBe(200);
    const flat = page.text.replace(/\s+/g, ' ');
    expect(flat).toContain('Monitoraggio dei servizi');
    // Submissions per month: the chart (an image with a name) and the same figure in a table.
    expect(flat).toMatch(/<svg id="chart-months" role="img" aria-label="Domande presentate per mese"/);
    expect(flat).toMatch(/<th scope="row">2026-03<\/th> <td>2<\/td>/);
    // One row per procedure, with its submissions and applicants.
    const row = flat.slice(flat.indexOf('data-module="segnalazione"'));
    expect(row).toMatch(/^data-module="segnalazione"> <h3 class="h6"> <a [^>]*>segnalazione<\/a> <\/h3>/);
    expect(row).toMatch(/>Domande<\/dt> <dd [^>]*>2<\/dd> ?<dt [^>]*>Richiedenti<\/dt> <dd [^>]*>2<\/dd>/);
    expect(flat).toContain('1 valutazioni, media 4.0 su 5.');
    expect(flat).toMatch(/<th scope="row">4<\/th> <td>1<\/td>/);
    // Comments are for staff (back office), never on the public page.
    expect(flat).not.toContain('Commento riservato');

    const en = await get('/entes/borgo/monitoraggio?lang=en');
    expect(en.text).toContain('Service monitoring');

    const csv = await get('/entes/borgo/monitoraggio.csv');
    expect(csv.type).toContain('text/csv');
    expect(csv.text.split('\r\n')[1]).toBe('segnalazione,segnalazione,2,2,0,0,0,0,,,');
    // Another ente sees only its own pratiche; an unknown one is a 404.
    expect((await get('/entes/altro/monitoraggio')).text).not.toContain('media 4.0');
    expect((await get('/entes/nessuno/monitoraggio')).status).toBe(404);
  });
});
