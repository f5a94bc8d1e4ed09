import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, daysBetween, fromDayNumber, isIsoDate, toDayNumber } from './dayNumber';

describe('dayNumber', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true); // 2024 is a leap year
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false); // divisible by 100, not by 400
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-4-1')).toBe(false);
    expect(isIsoDate('1500-01-01')).toBe(false); // before the Gregorian calendar
    expect(isIsoDate(20260401)).toBe(false);
  });

  it('counts days across months, years and the DST change', () => {
    expect(addDays('2026-03-02', 30)).toBe('2026-04-01'); // 29 days left in March + 1
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    // 29 March 2026 has 23 hours in Rome; day numbers do not care.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(toDayNumber('1970-01-01')).toBe(0);
  });

  it('knows the weekday', () => {
    expect(dayOfWeek('2026-01-01')).toBe(4); // Thursday
    expect(dayOfWeek('2026-03-08')).toBe(0); // Sunday
    expect(dayOfWeek('1969-12-31')).toBe(3); // Wednesday, before day 0
  });

  it('throws on a malformed date: a programming error, not an expected failure', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
  });

  it('round-trips any day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 200_000 }), (n) => toDayNumber(fromDayNumber(n)) === n),
    );
  });
});
