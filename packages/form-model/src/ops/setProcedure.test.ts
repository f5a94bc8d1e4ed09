import { describe, expect, it } from 'vitest';
import { makeModule } from '../testing/makeModule';
import { setProcedure } from './setProcedure';

const m = makeModule();

describe('setProcedure', () => {
  it('merges top-level data and one level of office and officials', () => {
    const result = setProcedure(m, {
      patch: { termDays: 60, silenzioAssenso: true, office: { phone: '0547 356111' } },
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.procedure).toMatchObject({
      termDays: 60,
      silenzioAssenso: true,
      office: {
        id: 'ufficio-prova',
        name: { it: 'Ufficio prova' },
        email: 'prova@comune.example.it',
        phone: '0547 356111',
      },
    });
    expect(m.procedure.termDays).toBe(30);
    expect(result.value.steps).toBe(m.steps);
  });

  it('removes optional data set to undefined', () => {
    const result = setProcedure(m, { patch: { office: { email: undefined } } });
    expect(result.ok && result.value.procedure.office).toEqual({
      id: 'ufficio-prova',
      name: { it: 'Ufficio prova' },
    });
  });

  it('refuses a term that is not a whole number of days from 1', () => {
    for (const termDays of [0, 2.5, -3, Number.NaN, 4000]) {
      expect(setProcedure(m, { patch: { termDays } })).toMatchObject({
        ok: false,
        error: { code: 'invalid_property', path: '/procedure/termDays' },
      });
    }
  });

  it('refuses data the module format rejects', () => {
    expect(setProcedure(m, { patch: { loginLevel: 'SpidL9' as 'SpidL1' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_property', path: '/procedure/loginLevel' },
    });
    expect(setProcedure(m, { patch: { legalBasis: [] } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_property' },
    });
    expect(setProcedure(m, { patch: { responsible: { name: '' } } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_property' },
    });
    expect(setProcedure(m, { patch: { description: undefined } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_property' },
    });
    const unknownKey = setProcedure(m, { patch: { costo: 5 } as never });
    expect(!unknownKey.ok && unknownKey.error.message).toContain('"costo"');
  });
});
