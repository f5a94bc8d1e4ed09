import { addDays } from './dayNumber';
import { isWorkingDay } from './isWorkingDay';
import type { Calendar, IsoDate } from './types';

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate, calendar: Calendar): IsoDate {
  let day = addDays(date, 1);
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}
