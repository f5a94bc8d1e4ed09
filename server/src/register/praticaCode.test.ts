import { describe, expect, it } from 'vitest';
import { isPraticaCode, newPraticaCode } from './praticaCode';

describe('newPraticaCode', () => {
  it('gives codes of one day the same first two characters, and random the other six', () => {
    const morning = new Date('2026-12-03T00:00:01Z');
    const evening = new Date('2026-12-03T23:59:59Z');
    const codes = Array.from({ length: 200 }, (_, i) => newPraticaCode(i % 2 ? morning : evening));
    expect(codes.every(isPraticaCode)).toBe(true);
    expect(new Set(codes.map((c) => c.slice(0, 2))).size).toBe(1);
    expect(new Set(codes).size).toBe(200);
    // Each random position takes many of the 31 characters.
    for (const at of [2, 3, 5, 6, 7, 8]) expect(new Set(codes.map((c) => c[at])).size).toBeGreaterThan(20);
  });

  it('changes the day part every day, for 961 days before it repeats', () => {
    const day = (n: number) => newPraticaCode(new Date(Date.UTC(2026, 0, 1) + n * 86_400_000)).slice(0, 2);
    const prefixes = Array.from({ length: 961 }, (_, n) => day(n));
    expect(new Set(prefixes).size).toBe(961);
    expect(day(961)).toBe(day(0));
  });
});
