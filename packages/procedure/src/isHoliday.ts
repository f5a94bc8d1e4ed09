import { holidaysOfYear } from './holidaysOfYear';
import type { Calendar, IsoDate } from './types';
import { toDayNumber } from './dayNumber';

// The clock asks "is this a holiday?" for many days of few (year, patron) pairs: keep each
// year's dates as a set. Bounded, since an ente's patron and the years in play are few.
const cache = new Map<string, ReadonlySet<IsoDate>>();
const CACHE_LIMIT = 512;

function holidayDates(year: number, calendar: Calendar): ReadonlySet<IsoDate> {
  const key = `${year}|${calendar.patron ?? ''}`;
  let dates = cache.get(key);
  if (!dates) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    dates = new Set(holidaysOfYear(year, calendar).map((h) => h.date));
    cache.set(key, dates);
  }
  return dates;
}

/**
 * Whether a date is a national holiday or the patron's day of the calendar.
 * Sundays as such are not "holidays" here: `isWorkingDay` excludes both.
 */
export function isHoliday(date: IsoDate, calendar: Calendar): boolean {
  toDayNumber(date); // validates the date: a typo must not read as "not a holiday"
  return holidayDates(Number(date.slice(0, 4)), calendar).has(date);
}
