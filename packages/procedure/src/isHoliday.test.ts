import { describe, expect, it } from 'vitest';
import { isHoliday } from './isHoliday';

describe('isHoliday', () => {
  // Every national holiday of L. 260/1949 as amended, in 2026.
  it.each([
    '2026-01-01',
    '2026-01-06',
    '2026-04-25',
    '2026-05-01',
    '2026-06-02',
    '2026-08-15',
    '2026-11-01',
    '2026-12-08',
    '2026-12-25',
    '2026-12-26',
  ])('%s is a national holiday', (date) => {
    expect(isHoliday(date, {})).toBe(true);
  });

  // Easter Monday = Easter Sunday + 1, computed (see easterSunday.test.ts for the Sundays).
  it.each([
    '2000-04-24',
    '2008-03-24',
    '2011-04-25',
    '2024-04-01',
    '2025-04-21',
    '2026-04-06',
    '2027-03-29',
    '2038-04-26',
  ])('Easter Monday %s is a holiday', (date) => {
    expect(isHoliday(date, {})).toBe(true);
  });

  it('does not treat Easter Monday of another year as a holiday', () => {
    expect(isHoliday('2026-04-21', {})).toBe(false); // Easter Monday 2025, an ordinary Tuesday in 2026
  });

  it('has 4 October only from 2026 (L. 151/2025)', () => {
    expect(isHoliday('2025-10-04', {})).toBe(false);
    expect(isHoliday('2026-10-04', {})).toBe(true);
    expect(isHoliday('2027-10-04', {})).toBe(true);
  });

  it("knows the patron's day only when the calendar has one", () => {
    expect(isHoliday('2026-12-07', { patron: '12-07' })).toBe(true); // Milano, Sant'Ambrogio
    expect(isHoliday('2026-12-07', {})).toBe(false);
    expect(isHoliday('2026-06-29', { patron: '06-29' })).toBe(true); // Roma, Santi Pietro e Paolo
  });

  it('does not call an ordinary Sunday a holiday (isWorkingDay excludes Sundays)', () => {
    expect(isHoliday('2026-03-08', {})).toBe(false);
  });

  it('throws on a malformed date rather than answer "no"', () => {
    expect(() => isHoliday('2026-04-31', {})).toThrow(RangeError);
  });
});
