import { addDays, isIsoDate } from './dayNumber';
import { easterSunday } from './easterSunday';
import type { Calendar, Holiday } from './types';

/** L. 151/2025 makes 4 October (San Francesco d'Assisi) a national holiday from this year. */
export const SAN_FRANCESCO_FROM_YEAR = 2026;

// The fixed national holidays of L. 260/1949 as amended (L. 336/2000 restored 2 June).
const FIXED: readonly (readonly [string, string])[] = [
  ['01-01', 'Capodanno'],
  ['01-06', 'Epifania'],
  ['04-25', 'Anniversario della Liberazione'],
  ['05-01', 'Festa del lavoro'],
  ['06-02', 'Festa della Repubblica'],
  ['08-15', 'Assunzione di Maria (Ferragosto)'],
  ['11-01', 'Ognissanti'],
  ['12-08', 'Immacolata Concezione'],
  ['12-25', 'Natale'],
  ['12-26', 'Santo Stefano'],
];

const PATRON = /^(\d{2})-(\d{2})$/;

/**
 * The holidays of a year, sorted by date, with their Italian names, for the UI.
 * Sundays are not listed (every Sunday is a holiday). When the patron's day falls on a
 * national holiday both entries are kept, national first, since both names are true.
 * The list is the one in force today; it does not model the pre-2001 calendars.
 */
export function holidaysOfYear(year: number, calendar: Calendar): Holiday[] {
  const pad = String(year).padStart(4, '0');
  const list: Holiday[] = FIXED.map(([md, name]) => ({ date: `${pad}-${md}`, name, kind: 'national' }));
  list.push({
    date: addDays(easterSunday(year), 1),
    name: "Lunedì dell'Angelo (Pasquetta)",
    kind: 'national',
  });
  if (year >= SAN_FRANCESCO_FROM_YEAR) {
    list.push({ date: `${pad}-10-04`, name: "San Francesco d'Assisi, patrono d'Italia", kind: 'national' });
  }
  const patron = patronDate(year, calendar.patron);
  if (patron !== undefined) {
    list.push({ date: patron, name: calendar.patronName ?? 'Festa del santo patrono', kind: 'patron' });
  }
  // Stable sort: for equal dates the national entry, pushed first, stays first.
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Whether `patron` is a valid `MM-DD` day of some year (02-29 included). */
export function isPatronDay(patron: unknown): patron is string {
  if (typeof patron !== 'string') return false;
  const m = PATRON.exec(patron);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  // 2000 is a leap year, so 02-29 is accepted.
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2000, month, 0)).getUTCDate();
}

function patronDate(year: number, patron: string | undefined): string | undefined {
  if (!isPatronDay(patron)) return undefined;
  const date = `${String(year).padStart(4, '0')}-${patron}`;
  // 29 February only exists in leap years: in other years the patron has no holiday.
  return isIsoDate(date) ? date : undefined;
}
