import { isWorkingDay } from './isWorkingDay';
import { nextWorkingDay } from './nextWorkingDay';
import type { Calendar, IsoDate } from './types';

/**
 * The moving rule for a final date: the date itself when it is a working day, else the
 * next working day (a term falling on a Sunday or holiday ends on the next working day).
 */
export function workingDayOnOrAfter(date: IsoDate, calendar: Calendar): IsoDate {
  return isWorkingDay(date, calendar) ? date : nextWorkingDay(date, calendar);
}
