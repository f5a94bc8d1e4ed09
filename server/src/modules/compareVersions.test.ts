import { describe, expect, it } from 'vitest';
import { compareVersions } from './compareVersions';
import { nextPatch } from './nextPatch';

describe('compareVersions', () => {
  it('orders numerically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '10.0.0')).toBeLessThan(0);
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
    expect(compareVersions('1.2.3', '1.2.4')).toBeLessThan(0);
  });

  it('throws on anything but MAJOR.MINOR.PATCH', () => {
    for (const bad of ['1.2', '01.2.3', '1.2.3-beta', 'v1.2.3', ''])
      expect(() => compareVersions(bad, '1.0.0'), bad).toThrow(RangeError);
  });
});

describe('nextPatch', () => {
  it('bumps the patch number', () => {
    expect(nextPatch('1.2.9')).toBe('1.2.10');
    expect(() => nextPatch('1.2')).toThrow(RangeError);
  });
});
