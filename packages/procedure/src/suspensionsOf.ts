import { toDayNumber } from './dayNumber';
import { romeDate } from './romeDate';
import type { PraticaEvent } from './types';

/** Art. 2 c. 7: one integration suspension, at most 30 days. */
export const INTEGRATION_MAX_DAYS = 30;
/** Art. 10-bis: 10 days for observations; the term restarts 10 days after them. */
export const PREAVVISO_DAYS = 10;

/**
 * One suspension in day numbers. The days `start+1 ... end` do not run: the day of the
 * request still counts, and the clock runs again the day after `end`, so a suspension
 * from day R to day A is worth A - R days.
 */
export interface Suspension {
  kind: 'integration' | 'preavviso';
  start: number;
  /** The end as known at `asOf`, or the earliest possible end when still open. */
  end: number;
  /** The latest end the law allows given what has happened by `asOf`. */
  latestEnd: number;
  /** Whether the clock is still stopped at `asOf`. */
  open: boolean;
}

const day = (e: PraticaEvent): number => toDayNumber(romeDate(e.at));

/**
 * The suspensions of the events that happened by `asOf` (day number), in order of start.
 * `endedOn` (the day of a decision or withdrawal) closes every suspension: after it the
 * term no longer matters.
 */
export function suspensionsOf(events: readonly PraticaEvent[], asOf: number, endedOn?: number): Suspension[] {
  const list: Suspension[] = [];
  const requestIndex = events.findIndex((e) => e.type === 'integration-requested');
  const request = events[requestIndex];
  if (request) {
    // Only the first request suspends (art. 2 c. 7: "per una sola volta").
    const start = day(request);
    const cap = start + INTEGRATION_MAX_DAYS;
    const answer = events.slice(requestIndex + 1).find((e) => e.type === 'integrated');
    if (answer) list.push(closed('integration', start, Math.min(day(answer), cap)));
    else if (asOf >= cap) list.push(closed('integration', start, cap));
    else list.push({ kind: 'integration', start, end: Math.max(asOf, start), latestEnd: cap, open: true });
  }
  events.forEach((e, i) => {
    if (e.type !== 'preavviso') return;
    const start = day(e);
    const window = start + PREAVVISO_DAYS;
    const rest = events.slice(i + 1);
    const next = rest.findIndex((x) => x.type === 'preavviso');
    const obs = (next < 0 ? rest : rest.slice(0, next)).find((x) => x.type === 'observations');
    // Observations after the 10 days come too late to move the clock.
    if (obs && day(obs) <= window) list.push(closed('preavviso', start, day(obs) + PREAVVISO_DAYS));
    else if (asOf > window) list.push(closed('preavviso', start, window));
    else list.push({ kind: 'preavviso', start, end: window, latestEnd: window + PREAVVISO_DAYS, open: true });
  });
  return list
    .map((s) => (endedOn === undefined ? s : clip(s, endedOn)))
    .map((s) => ({ ...s, open: s.open || asOf < s.end }))
    .sort((a, b) => a.start - b.start);
}

function closed(kind: Suspension['kind'], start: number, end: number): Suspension {
  return { kind, start, end, latestEnd: end, open: false };
}

function clip(s: Suspension, endedOn: number): Suspension {
  const end = Math.min(s.end, endedOn);
  return { ...s, end, latestEnd: end, open: false };
}
