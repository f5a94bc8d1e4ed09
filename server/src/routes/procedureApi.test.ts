import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { memoryStore } from '../testing/memoryStore';

const app = createApp({ store: memoryStore() });
const postCase = (body: unknown, query = '') =>
  app.request(`/api/deadline${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('GET /api/calendar/:year', () => {
  it('lists the national holidays with names, Pasquetta and 4 October from 2026, plus the patron', async () => {
    const res = await app.request('/api/calendar/2027?patron=06-24');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { holidays: { date: string; name: string; kind: string }[] };
    const dates = body.holidays.map((h) => h.date);
    // Easter 2027 is 28 March, so Easter Monday is 29 March.
    expect(dates).toEqual(expect.arrayContaining(['2027-03-29', '2027-10-04', '2027-06-24', '2027-12-26']));
    expect(body.holidays.find((h) => h.date === '2027-06-24')?.kind).toBe('patron');
    const y2025 = (await (await app.request('/api/calendar/2025')).json()) as {
      holidays: { date: string }[];
    };
    expect(y2025.holidays.map((h) => h.date)).not.toContain('2025-10-04');
  });

  it('refuses a bad year or patron with a coded 400', async () => {
    const year = await app.request('/api/calendar/duemila');
    expect(year.status).toBe(400);
    expect(((await year.json()) as { error: { code: string } }).error.code).toBe('invalid_year');
    const patron = await app.request('/api/calendar/2027?patron=24-06');
    expect(((await patron.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'invalid_patron',
      message: 'Il giorno del santo patrono deve essere nel formato MM-GG, per esempio 06-24.',
    });
  });
});

describe('POST /api/deadline', () => {
  it('computes the due date of a case, with the integration suspension added', async () => {
    // Filed 2 March 2026, term 30 → 1 April. Integration asked 10 March, answered 20 March:
    // 10 days suspended → 11 April, a Saturday (ordinary day).
    const res = await postCase(
      {
        filed: '2026-03-02',
        termDays: 30,
        events: [
          { type: 'taken-in-charge', at: '2026-03-03', by: 'Maria Rossi' },
          { type: 'integration-requested', at: '2026-03-10', by: 'Maria Rossi' },
          { type: 'integrated', at: '2026-03-20', by: 'RSSMRA85T10A562S' },
        ],
      },
      '?now=2026-03-25',
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ dueDate: '2026-04-11', suspendedDays: 10, suspendedNow: false });
  });

  it('names the bad field of a case file, and refuses bad JSON or a bad now', async () => {
    const bad = await postCase({ filed: '2026-03-02', termDays: -3, events: [] });
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { error: { code: string; details: { path: string } } };
    expect(body.error.code).toBe('invalid_field');
    expect(body.error.details.path).toBe('termDays');
    expect((await postCase('{oops')).status).toBe(400);
    const now = await postCase({ filed: '2026-03-02', events: [] }, '?now=ieri');
    expect(((await now.json()) as { error: { code: string } }).error.code).toBe('invalid_now');
  });
});
