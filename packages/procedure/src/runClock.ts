import { fromDayNumber, toDayNumber } from './dayNumber';
import type { Suspension } from './suspensionsOf';
import type { Calendar } from './types';
import { workingDayOnOrAfter } from './workingDayOnOrAfter';

/** The result of running the clock over a pratica's suspensions, in day numbers. */
export interface ClockRun {
  /** The final due date, moved to a working day. */
  due: number;
  /** The substitute's due date (art. 2 c. 9-ter), moved to a working day. */
  substituteDue: number;
  /** The same counted from the missed due date, whatever `substituteFrom` says: the internal alert. */
  escalationDue: number;
  /** The suspensions that stopped a running term; later ones came after it had expired. */
  effective: Suspension[];
}

/**
 * Runs the term from the day after filing: `termDays` calendar days plus the suspended
 * days, then moves only the final day to a working day. A suspension counts if it starts
 * while the term still runs (on or before the current final day); one starting after the
 * due date stops the substitute's term instead, under the same rule.
 * `pick` chooses each open suspension's earliest or latest possible end; `substituteFrom`, the
 * day the citizen asked the substitute to act, starts the substitute's half term from it.
 */
export function runClock(
  filed: number,
  termDays: number,
  suspensions: readonly Suspension[],
  calendar: Calendar,
  pick: 'end' | 'latestEnd',
  substituteFrom?: number,
): ClockRun {
  const main = extend(filed + termDays, suspensions, calendar, pick);
  // Half the original term, rounded up: a term cannot end on half a day.
  const half = Math.ceil(termDays / 2);
  const later = suspensions.filter((s) => !main.used.includes(s));
  const alert = extend(main.due + half, later, calendar, pick);
  // On the citizen's request (art. 2 c. 9-ter) the half term runs from the request instead.
  const sub =
    substituteFrom === undefined
      ? alert
      : extend(
          Math.max(substituteFrom, main.due) + half,
          later.filter((s) => s.start >= substituteFrom),
          calendar,
          pick,
        );
  return {
    due: main.due,
    substituteDue: sub.due,
    escalationDue: alert.due,
    effective: [...main.used, ...sub.used],
  };
}

function extend(
  start: number,
  suspensions: readonly Suspension[],
  calendar: Calendar,
  pick: 'end' | 'latestEnd',
): { due: number; used: Suspension[] } {
  let raw = start;
  let coveredUntil = -Infinity;
  const used: Suspension[] = [];
  for (const s of suspensions) {
    if (s.start > shift(raw, calendar)) break;
    const end = s[pick];
    // Overlapping suspensions stop the clock once: count only the days not yet covered.
    const fresh = Math.max(0, end - Math.max(s.start, coveredUntil));
    // Starting on a moved final day (e.g. the Monday after a Sunday due date) the term
    // had no running days left: it ends on the day the clock restarts.
    if (s.start > raw) raw = s.start;
    raw += fresh;
    coveredUntil = Math.max(coveredUntil, end);
    used.push(s);
  }
  return { due: shift(raw, calendar), used };
}

function shift(day: number, calendar: Calendar): number {
  return toDayNumber(workingDayOnOrAfter(fromDayNumber(day), calendar));
}
