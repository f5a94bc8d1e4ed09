import { expect, it } from 'vitest';
import { formatDateIt } from './formatDateIt';

it('writes dates the Italian way', () => {
  expect(formatDateIt('2026-03-02')).toBe('2 marzo 2026');
  expect(formatDateIt('2026-12-25')).toBe('25 dicembre 2026');
});
