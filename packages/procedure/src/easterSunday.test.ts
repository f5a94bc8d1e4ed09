import { describe, expect, it } from 'vitest';
import { easterSunday } from './easterSunday';

describe('easterSunday', () => {
  // Published Easter dates (Gregorian), including the extremes 22 March and 25 April.
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'], // earliest Easter of the century but one
    [2011, '2011-04-24'], // Easter Monday falls on 25 April
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('Easter %i is on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year++) {
      const date = easterSunday(year);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(date.slice(5) >= '03-22' && date.slice(5) <= '04-25').toBe(true);
    }
  });
});
