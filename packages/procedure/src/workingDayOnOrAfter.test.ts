import { expect, it } from 'vitest';
import { workingDayOnOrAfter } from './workingDayOnOrAfter';

it('keeps a working day and moves any other forward', () => {
  expect(workingDayOnOrAfter('2026-04-01', {})).toBe('2026-04-01');
  expect(workingDayOnOrAfter('2026-03-08', {})).toBe('2026-03-09'); // Sunday
  expect(workingDayOnOrAfter('2026-04-25', {})).toBe('2026-04-27'); // Saturday holiday, then Sunday
  expect(workingDayOnOrAfter('2025-01-01', {})).toBe('2025-01-02');
});
