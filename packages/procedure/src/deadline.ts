import { fromDayNumber, toDayNumber } from './dayNumber';
import { praticaState } from './praticaState';
import { romeDate } from './romeDate';
import { runClock } from './runClock';
import type { Suspension } from './suspensionsOf';
import { suspensionsOf } from './suspensionsOf';
import type { Calendar, Deadline, Moment, Pratica, PraticaEvent } from './types';

const day = (e: PraticaEvent): number => toDayNumber(romeDate(e.at));

/**
 * The legal clock of a pratica as of `now` (L. 241/1990 art. 2, 10-bis, 20): due date,
 * suspensions, days left, overdue, the substitute's due date and silenzio-assenso.
 * Events after `now` are ignored, so the same pratica can be read at any past date.
 * While a suspension is open the due date assumes it ends as early as it can
 * (`latestDueDate` assumes the opposite); the clock is frozen, so `daysLeft` does not fall.
 */
export function deadline(pratica: Pratica, calendar: Calendar, now: Moment): Deadline {
  const asOf = toDayNumber(romeDate(now));
  const [presented, ...rest] = pratica.events;
  const filed = day(presented);
  const events = [presented, ...rest.filter((e) => day(e) <= asOf)] as const;
  const state = praticaState(events);
  const decidedOn = state.ended ? day(state.ended) : undefined;
  const suspensions = suspensionsOf(events, asOf, decidedOn);
  const requested = state.substituteRequest ? day(state.substituteRequest) : undefined;
  const clock = runClock(filed, pratica.termDays, suspensions, calendar, 'end', requested);
  const latest = runClock(filed, pratica.termDays, suspensions, calendar, 'latestEnd', requested);

  const acceptedOn = clock.due + 1;
  const silent = pratica.silenzioAssenso && !state.ended && asOf >= acceptedOn;
  const endedOn = silent ? acceptedOn : decidedOn;
  const status = silent ? 'ended_by_positive_outcome' : state.status;
  const open = clock.effective.filter((s) => s.open);

  // With silenzio-assenso the term ends in acceptance, not in a substitute's decision.
  const noSubstitute = pratica.silenzioAssenso || (decidedOn !== undefined && decidedOn <= clock.due);
  return {
    asOf: fromDayNumber(asOf),
    filed: fromDayNumber(filed),
    termDays: pratica.termDays,
    status,
    statusReason: status !== 'ended_by_positive_outcome' ? null : silent ? 'silenzio-assenso' : 'decision',
    dueDate: fromDayNumber(clock.due),
    latestDueDate: fromDayNumber(latest.due),
    suspendedDays: daysSuspended(clock.effective, asOf),
    suspendedNow: open.length > 0,
    suspendedSince: open.length > 0 ? fromDayNumber(Math.min(...open.map((s) => s.start))) : null,
    suspensionLatestEnd: open.length > 0 ? fromDayNumber(Math.max(...open.map((s) => s.latestEnd))) : null,
    daysLeft: endedOn === undefined ? clock.due - asOf : null,
    overdue: endedOn === undefined && asOf > clock.due,
    substituteDueDate: noSubstitute ? null : fromDayNumber(clock.substituteDue),
    escalationDate: noSubstitute ? null : fromDayNumber(clock.escalationDue),
    substituteRequestedOn: requested === undefined ? null : fromDayNumber(requested),
    silenzioAssensoDate: pratica.silenzioAssenso && !state.ended ? fromDayNumber(acceptedOn) : null,
    endedOn: endedOn === undefined ? null : fromDayNumber(endedOn),
  };
}

/** Days in the union of the suspensions, counted up to `asOf`. */
function daysSuspended(suspensions: readonly Suspension[], asOf: number): number {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const s of suspensions) {
    const end = Math.min(s.end, asOf);
    total += Math.max(0, end - Math.max(s.start, coveredUntil));
    coveredUntil = Math.max(coveredUntil, end);
  }
  return total;
}
