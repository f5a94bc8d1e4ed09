import { dayOfWeek } from './dayNumber';
import { isHoliday } from './isHoliday';
import type { Calendar, IsoDate } from './types';

/** Neither a Sunday nor a holiday. Saturdays are ordinary days for the term. */
export function isWorkingDay(date: IsoDate, calendar: Calendar): boolean {
  return dayOfWeek(date) !== 0 && !isHoliday(date, calendar);
}
