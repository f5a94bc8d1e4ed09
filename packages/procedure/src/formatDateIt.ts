import { toDayNumber } from './dayNumber';
import type { IsoDate } from './types';

const MONTHS = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
] as const;

/** A date as Italians write it in prose: `2026-03-02` → "2 marzo 2026". */
export function formatDateIt(date: IsoDate): string {
  toDayNumber(date); // validates: a malformed date must fail loudly, not print "undefined"
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year}`;
}
