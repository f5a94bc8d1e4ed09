import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, fromDayNumber, toDayNumber } from './dayNumber';
import { dueDateFor } from './dueDateFor';
import { isHoliday } from './isHoliday';

const date = fc
  .integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2040-12-31') })
  .map((n) => fromDayNumber(n));
const patron = fc.option(
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([m, d]) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  { nil: undefined },
);
const calendar = patron.map((p) => (p === undefined ? {} : { patron: p }));

describe('dueDateFor', () => {
  it('works a dated case by hand', () => {
    // 2 March 2026 + 30 + 8 suspended = Thu 9 April.
    expect(dueDateFor('2026-03-02', 30, 8, {})).toBe('2026-04-09');
    // + 30 + 30 = 1 May (holiday) → Sat 2 May.
    expect(dueDateFor('2026-03-02', 30, 30, {})).toBe('2026-05-02');
  });

  it('never falls on a Sunday or a holiday', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 365 }),
        fc.nat(60),
        calendar,
        (filed, term, suspended, cal) => {
          const due = dueDateFor(filed, term, suspended, cal);
          return dayOfWeek(due) !== 0 && !isHoliday(due, cal);
        },
      ),
    );
  });

  it('is never earlier than filing + term + suspended days, and at most a few days later', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 365 }),
        fc.nat(60),
        calendar,
        (filed, term, suspended, cal) => {
          const due = dueDateFor(filed, term, suspended, cal);
          const raw = addDays(filed, term + suspended);
          // The longest run of non-working days is Christmas + Santo Stefano + Sunday + a patron.
          return due >= raw && due <= addDays(raw, 5);
        },
      ),
    );
  });

  it('grows monotonically with the suspended days', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 365 }),
        fc.nat(60),
        fc.nat(60),
        calendar,
        (filed, term, a, b, cal) => {
          const [less, more] = a <= b ? [a, b] : [b, a];
          expect(dueDateFor(filed, term, less, cal) <= dueDateFor(filed, term, more, cal)).toBe(true);
        },
      ),
    );
  });
});
