import { describe, expect, it } from 'vitest';
import { compareMoments, instantMillis, isMoment, romeDate } from './romeDate';

describe('romeDate', () => {
  it('gives the Rome date of an instant (winter, UTC+1)', () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Rome.
    expect(romeDate('2025-12-31T23:30:00Z')).toBe('2026-01-01');
    expect(romeDate('2025-12-31T22:59:59Z')).toBe('2025-12-31');
  });

  it('gives the Rome date of an instant (summer, UTC+2)', () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July under CEST.
    expect(romeDate('2026-06-30T22:30:00Z')).toBe('2026-07-01');
    expect(romeDate('2026-06-30T21:59:00Z')).toBe('2026-06-30');
  });

  it('agrees with Intl minute by minute across midnights and both DST changes (cached by hour)', () => {
    const rome = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });
    for (const start of ['2026-03-28T20:00:00Z', '2026-10-24T20:00:00Z', '2026-12-31T20:00:00Z']) {
      for (let m = 0; m < 36 * 60; m += 1) {
        const at = new Date(Date.parse(start) + m * 60_000);
        expect(romeDate(at.toISOString())).toBe(rome.format(at));
      }
    }
  });

  it('honours explicit offsets', () => {
    expect(romeDate('2026-01-01T00:30:00+01:00')).toBe('2026-01-01');
    expect(romeDate('2025-12-31T18:30:00-05:00')).toBe('2026-01-01'); // 23:30 UTC
  });

  it('passes bare dates through', () => {
    expect(romeDate('2026-03-02')).toBe('2026-03-02');
  });

  it('refuses instants without offset or with impossible fields', () => {
    expect(isMoment('2026-03-02T10:00:00')).toBe(false); // would depend on the server's zone
    expect(isMoment('2026-02-30T10:00:00Z')).toBe(false); // JS would roll it to 2 March
    expect(isMoment('2026-03-02T24:00:00Z')).toBe(false);
    expect(isMoment('2026-03-02T10:00:00.123Z')).toBe(true);
    expect(instantMillis('2026-03-02')).toBeUndefined();
    expect(() => romeDate('ieri')).toThrow(RangeError);
  });

  it('orders moments by Rome date, then by instant', () => {
    expect(compareMoments('2026-03-02T08:00:00Z', '2026-03-02T09:00:00Z')).toBe(-1);
    expect(compareMoments('2026-03-02', '2026-03-02T09:00:00Z')).toBe(0); // a date ties within its day
    expect(compareMoments('2025-12-31T23:30:00Z', '2025-12-31')).toBe(1); // already 1 January in Rome
  });
});
