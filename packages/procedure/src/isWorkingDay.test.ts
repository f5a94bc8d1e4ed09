import { expect, it } from 'vitest';
import { isWorkingDay } from './isWorkingDay';

it('excludes Sundays and holidays, not Saturdays', () => {
  expect(isWorkingDay('2026-03-07', {})).toBe(true); // Saturday
  expect(isWorkingDay('2026-03-08', {})).toBe(false); // Sunday
  expect(isWorkingDay('2026-04-25', {})).toBe(false); // Saturday, but Liberazione
  expect(isWorkingDay('2026-12-07', { patron: '12-07' })).toBe(false);
});
