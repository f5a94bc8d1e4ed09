import { describe, expect, it } from 'vitest';
import { isCap } from './cap';

describe('isCap', () => {
  it('accepts assigned CAPs, the lowest and highest included', () => {
    for (const cap of ['00184', '20121', '40121', '80133', '00010', '98168']) expect(isCap(cap)).toBe(true);
    expect(isCap(' 00184 ')).toBe(true);
  });

  it('rejects other lengths, letters and the unassigned ends of the range', () => {
    for (const cap of ['0184', '001844', '0O184', '', '00000', '00009', '98169', '99999']) {
      expect(isCap(cap)).toBe(false);
    }
  });
});
