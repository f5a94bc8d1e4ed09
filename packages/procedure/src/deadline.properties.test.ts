import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent } from './applyEvent';
import { addDays, dayOfWeek, daysBetween, fromDayNumber, toDayNumber } from './dayNumber';
import { deadline } from './deadline';
import { isHoliday } from './isHoliday';
import { openPratica } from './openPratica';
import type { Calendar, Pratica, PraticaEvent } from './types';

// A random but lawful life: taken in charge, maybe an integration (answered or not), maybe a
// preavviso (with or without observations). Offsets are days after the previous step.
const life = fc.record({
  filed: fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2040-12-31') }).map(fromDayNumber),
  termDays: fc.integer({ min: 1, max: 180 }),
  patron: fc.option(fc.constantFrom('12-07', '06-29', '10-04', '01-31', '09-19'), { nil: undefined }),
  taken: fc.integer({ min: 0, max: 10 }),
  integration: fc.option(
    fc.record({ after: fc.nat(20), answer: fc.option(fc.nat(45), { nil: undefined }) }),
    {
      nil: undefined,
    },
  ),
  preavviso: fc.option(
    fc.record({ after: fc.nat(40), observations: fc.option(fc.nat(12), { nil: undefined }) }),
    {
      nil: undefined,
    },
  ),
  asOf: fc.nat(400),
});

type Life = typeof life extends fc.Arbitrary<infer T> ? T : never;

function build(l: Life): { pratica: Pratica; calendar: Calendar; now: string } {
  const calendar: Calendar = l.patron ? { patron: l.patron } : {};
  const opened = openPratica({ at: l.filed, by: 'cittadino', termDays: l.termDays });
  if (!opened.ok) throw new Error(opened.error.message);
  let pratica = opened.value;
  let day = addDays(l.filed, l.taken);
  const push = (type: PraticaEvent['type'], at: string) => {
    const next = applyEvent(pratica, { type, at, by: 'ufficio' } as PraticaEvent, calendar);
    if (next.ok) pratica = next.value;
  };
  push('taken-in-charge', day);
  if (l.integration) {
    day = addDays(day, l.integration.after);
    push('integration-requested', day);
    if (l.integration.answer !== undefined) push('integrated', (day = addDays(day, l.integration.answer)));
    else day = addDays(day, 30); // the preavviso waits for the 30 days to lapse
  }
  if (l.preavviso) {
    day = addDays(day, l.preavviso.after);
    push('preavviso', day);
    if (l.preavviso.observations !== undefined) push('observations', addDays(day, l.preavviso.observations));
  }
  return { pratica, calendar, now: addDays(l.filed, l.asOf) };
}

describe('deadline properties', () => {
  it('the due date is never a Sunday or a holiday', () => {
    fc.assert(
      fc.property(life, (l) => {
        const { pratica, calendar, now } = build(l);
        const d = deadline(pratica, calendar, now);
        for (const due of [d.dueDate, d.latestDueDate, d.substituteDueDate ?? d.dueDate]) {
          expect(dayOfWeek(due)).not.toBe(0);
          expect(isHoliday(due, calendar)).toBe(false);
        }
      }),
    );
  });

  it('the due date is never earlier than filing + term (+ the suspended days within the term)', () => {
    fc.assert(
      fc.property(life, (l) => {
        const { pratica, calendar, now } = build(l);
        const d = deadline(pratica, calendar, now);
        expect(d.dueDate >= addDays(d.filed, d.termDays)).toBe(true);
        expect(d.latestDueDate >= d.dueDate).toBe(true);
        if (d.substituteDueDate) expect(d.substituteDueDate > d.dueDate).toBe(true);
      }),
    );
  });

  it('the due date grows monotonically with the suspended days (a later answer never brings it forward)', () => {
    fc.assert(
      fc.property(life, fc.nat(45), fc.nat(45), (l, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const at = (answer: number) => {
          const { pratica, calendar } = build({
            ...l,
            integration: { after: 5, answer },
            preavviso: undefined,
          });
          return deadline(pratica, calendar, addDays(l.filed, 500));
        };
        const [x, y] = [at(early), at(late)];
        expect(x.suspendedDays <= y.suspendedDays).toBe(true);
        expect(x.dueDate <= y.dueDate).toBe(true);
      }),
    );
  });

  it('the clock is frozen while an integration is awaited', () => {
    fc.assert(
      fc.property(life, fc.integer({ min: 1, max: 29 }), (l, waited) => {
        const { pratica, calendar } = build({
          ...l,
          integration: { after: 3, answer: undefined },
          preavviso: undefined,
        });
        const requested = addDays(l.filed, l.taken + 3);
        const unmovedDue = addDays(l.filed, l.termDays);
        if (requested > unmovedDue) return; // the term had already run out: nothing to freeze
        const during = deadline(pratica, calendar, addDays(requested, waited));
        expect(during.suspendedNow).toBe(true);
        expect(during.suspendedDays).toBe(waited);
        // The days left are those left on the day of the request (plus any move of the final day).
        expect(during.daysLeft).toBeGreaterThanOrEqual(daysBetween(requested, unmovedDue));
        expect(during.daysLeft).toBeLessThanOrEqual(daysBetween(requested, unmovedDue) + 5);
      }),
    );
  });
});
