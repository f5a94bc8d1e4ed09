import type { PraticaSummary } from './BackofficeApi';
import type { BoTranslate } from './backofficeMessages';

/** "Scaduta da 2 giorni", "Scade oggi", "18 giorni", "Sospesa fino al 11/12/2026", "Conclusa". */
export function dueText(
  p: Pick<PraticaSummary, 'status' | 'suspendedUntil' | 'overdue' | 'daysLeft'>,
  t: BoTranslate,
): string {
  if (p.status.startsWith('ended_') || p.daysLeft === null) return t('due.ended');
  if (p.suspendedUntil) return t('due.suspended', { date: italianDate(p.suspendedUntil) });
  if (p.overdue) return t('due.overdue', { days: Math.abs(p.daysLeft) });
  if (p.daysLeft === 0) return t('due.today');
  return t('due.left', { days: p.daysLeft });
}

/** YYYY-MM-DD as dd/mm/yyyy. */
export function italianDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
