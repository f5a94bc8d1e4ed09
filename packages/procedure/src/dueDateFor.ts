import { addDays } from './dayNumber';
import type { Calendar, IsoDate } from './types';
import { workingDayOnOrAfter } from './workingDayOnOrAfter';

/**
 * The due date of a term: the filing date plus `termDays` plus the suspended days,
 * moved forward to a working day when it falls on a Sunday, a holiday or the patron's day.
 */
export function dueDateFor(
  filed: IsoDate,
  termDays: number,
  suspendedDays: number,
  calendar: Calendar,
): IsoDate {
  return workingDayOnOrAfter(addDays(filed, termDays + suspendedDays), calendar);
}
