import { describe, expect, it } from 'vitest';
import { openPratica } from './openPratica';

describe('openPratica', () => {
  it('opens with the presented event and the default 30-day term (art. 2 c. 2)', () => {
    const r = openPratica({ at: '2026-03-02T09:00:00+01:00', by: 'RSSMRA80A01H501U' });
    expect(r).toEqual({
      ok: true,
      value: {
        termDays: 30,
        silenzioAssenso: false,
        events: [{ type: 'presented', at: '2026-03-02T09:00:00+01:00', by: 'RSSMRA80A01H501U' }],
      },
    });
  });

  it('refuses a bad date or term with an Italian message', () => {
    const date = openPratica({ at: '2026-03-02T09:00', by: 'x' });
    expect(date.ok || date.error.code).toBe('invalid_date');
    const term = openPratica({ at: '2026-03-02', by: 'x', termDays: 0 });
    expect(term.ok || term.error.code).toBe('invalid_term');
    expect(term.ok || term.error.message).toMatch(/termine/);
  });
});
