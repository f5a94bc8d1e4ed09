import { describe, expect, it } from 'vitest';
import { holidaysOfYear, isPatronDay } from './holidaysOfYear';

describe('holidaysOfYear', () => {
  it('lists the 2026 national holidays in date order, with 4 October (L. 151/2025)', () => {
    expect(holidaysOfYear(2026, {}).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-01-01 Capodanno',
      '2026-01-06 Epifania',
      "2026-04-06 Lunedì dell'Angelo (Pasquetta)", // Easter is 5 April 2026
      '2026-04-25 Anniversario della Liberazione',
      '2026-05-01 Festa del lavoro',
      '2026-06-02 Festa della Repubblica',
      '2026-08-15 Assunzione di Maria (Ferragosto)',
      "2026-10-04 San Francesco d'Assisi, patrono d'Italia",
      '2026-11-01 Ognissanti',
      '2026-12-08 Immacolata Concezione',
      '2026-12-25 Natale',
      '2026-12-26 Santo Stefano',
    ]);
  });

  it('has no 4 October before 2026', () => {
    expect(holidaysOfYear(2025, {}).some((h) => h.date === '2025-10-04')).toBe(false);
    expect(holidaysOfYear(2025, {})).toHaveLength(11);
  });

  it("adds the patron's day with its name", () => {
    const milano = holidaysOfYear(2026, { patron: '12-07', patronName: "Sant'Ambrogio" });
    expect(milano.find((h) => h.kind === 'patron')).toEqual({
      date: '2026-12-07',
      name: "Sant'Ambrogio",
      kind: 'patron',
    });
    expect(holidaysOfYear(2026, { patron: '06-29' }).find((h) => h.kind === 'patron')?.name).toBe(
      'Festa del santo patrono',
    );
  });

  it('keeps both entries when the patron falls on a national holiday (Bologna, San Petronio, 4 October)', () => {
    const bologna = holidaysOfYear(2026, { patron: '10-04', patronName: 'San Petronio' });
    expect(bologna.filter((h) => h.date === '2026-10-04').map((h) => h.kind)).toEqual(['national', 'patron']);
  });

  it('keeps both entries when Easter Monday is 25 April (2011)', () => {
    expect(holidaysOfYear(2011, {}).filter((h) => h.date === '2011-04-25')).toHaveLength(2);
  });

  it('gives a 29 February patron a holiday only in leap years', () => {
    expect(holidaysOfYear(2028, { patron: '02-29' }).some((h) => h.kind === 'patron')).toBe(true);
    expect(holidaysOfYear(2026, { patron: '02-29' }).some((h) => h.kind === 'patron')).toBe(false);
  });

  it('validates patron days', () => {
    expect(isPatronDay('12-07')).toBe(true);
    expect(isPatronDay('02-29')).toBe(true);
    expect(isPatronDay('02-30')).toBe(false);
    expect(isPatronDay('13-01')).toBe(false);
    expect(isPatronDay('7-12')).toBe(false);
  });
});
