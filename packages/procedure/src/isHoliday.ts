import { holidaysOfYear } from './holidaysOfYear';
import type { Calendar, IsoDate } from './types';
import { toDayNumber } from './dayNumber';

/**
 * Whether a date is a national holiday or the patron's day of the calendar.
 * Sundays as such are not "holidays" here: `isWorkingDay` excludes both.
 */
export function isHoliday(date: IsoDate, calendar: Calendar): boolean {
  toDayNumber(date); // validates the date: a typo must not read as "not a holiday"
  return holidaysOfYear(Number(date.slice(0, 4)), calendar).some((h) => h.date === date);
}
