import { isIsoDate } from './dayNumber';
import type { IsoDate, Moment } from './types';

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

// One formatter for the process: building Intl formatters is the slow part.
const ROME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// Since 1893 Rome's offset from UTC is a whole number of hours (+1, +2 in summer) and changes on
// the hour, so one UTC hour never spans two Rome dates: the last hour's answer is cached, which
// spares a filing's several Intl calls (each costs tens of µs).
const HOUR = 3_600_000;
const CACHE_FROM = Date.UTC(1900, 0, 1);
let cachedHour = NaN;
let cachedDate = '';

function romeDateOfMillis(ms: number): IsoDate {
  if (ms < CACHE_FROM) return ROME.format(new Date(ms));
  const hour = Math.floor(ms / HOUR);
  if (hour !== cachedHour) {
    cachedDate = ROME.format(new Date(ms));
    cachedHour = hour;
  }
  return cachedDate;
}

/**
 * Epoch milliseconds of an ISO instant with an explicit offset, or undefined.
 * Instants without an offset are refused: their date would depend on the server's zone.
 */
export function instantMillis(value: string): number | undefined {
  const m = INSTANT.exec(value);
  if (!m || !isIsoDate(m[1])) return undefined;
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return undefined;
  if (m[6] !== undefined && (Number(m[6]) > 14 || Number(m[7]) > 59)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Whether `value` is a `Moment`: a `YYYY-MM-DD` date or an ISO instant with an offset. */
export function isMoment(value: unknown): value is Moment {
  return typeof value === 'string' && (isIsoDate(value) || instantMillis(value) !== undefined);
}

/**
 * The Europe/Rome calendar date of a moment: 2025-12-31T23:30:00Z is 2026-01-01 in Rome.
 * A bare date is already a Rome date and passes through.
 */
export function romeDate(moment: Moment): IsoDate {
  if (isIsoDate(moment)) return moment;
  const ms = instantMillis(moment);
  if (ms === undefined)
    throw new RangeError(`Not a date or ISO instant with offset: ${JSON.stringify(moment)}`);
  return romeDateOfMillis(ms);
}

/**
 * Orders two moments: by Rome date, then by instant when both are instants.
 * A bare date cannot be ordered within its own day, so it ties with any instant of that day.
 */
export function compareMoments(a: Moment, b: Moment): number {
  const da = romeDate(a);
  const db = romeDate(b);
  if (da !== db) return da < db ? -1 : 1;
  const ma = instantMillis(a);
  const mb = instantMillis(b);
  return ma === undefined || mb === undefined ? 0 : Math.sign(ma - mb);
}
