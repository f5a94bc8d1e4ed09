import { expect, it } from 'vitest';
import { nextWorkingDay } from './nextWorkingDay';

it('gives the first working day strictly after the date', () => {
  expect(nextWorkingDay('2026-03-02', {})).toBe('2026-03-03'); // Monday → Tuesday
  expect(nextWorkingDay('2026-03-06', {})).toBe('2026-03-07'); // Friday → Saturday, an ordinary day
  expect(nextWorkingDay('2026-03-07', {})).toBe('2026-03-09'); // Saturday → Monday, over Sunday
  // Easter Sunday 5 April and Easter Monday 6 April 2026.
  expect(nextWorkingDay('2026-04-04', {})).toBe('2026-04-07');
  // Christmas Friday, Santo Stefano Saturday, Sunday.
  expect(nextWorkingDay('2026-12-24', {})).toBe('2026-12-28');
  // Milano: Sant'Ambrogio (Mon 7) then Immacolata (Tue 8).
  expect(nextWorkingDay('2026-12-06', { patron: '12-07' })).toBe('2026-12-09');
});
