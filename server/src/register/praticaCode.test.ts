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

  it('with a protocol number, orders the next three characters by it, a step every 32 numbers', () => {
    const at = new Date('2026-12-03T10:00:00Z');
    const codes = Array.from({ length: 31 * 31 * 32 * 2 }, (_, n) => newPraticaCode(at, n + 1));
    expect(codes.every(isPraticaCode)).toBe(true);
    const ordered = codes.map((c) => c.slice(0, 6));
    // Never decreasing (the alphabet is in ASCII order, the dash stays in place)...
    expect(ordered.every((c, i) => i === 0 || c >= ordered[i - 1]!)).toBe(true);
    // ...one step every 32 numbers: 31 numbers from 1 then 32 each.
    expect(new Set(ordered).size).toBe(Math.floor(codes.length / 32) + 1);
    expect(codes[30]!.slice(0, 6)).toBe(codes[0]!.slice(0, 6));
    expect(codes[31]!.slice(0, 6)).not.toBe(codes[30]!.slice(0, 6));
    // The ending stays random.
    for (const at of [6, 7, 8])
      expect(new Set(codes.slice(0, 200).map((c) => c[at])).size).toBeGreaterThan(20);
  });
});
