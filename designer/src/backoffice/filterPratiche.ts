import type { InboxQuery, PraticaSummary } from './BackofficeApi';

/** Days left at or under which a running pratica counts as "near" its deadline. */
export const NEAR_DAYS = 7;

const ended = (p: PraticaSummary) => p.status.startsWith('ended_');

/**
 * The inbox as the server computes it, for the memory api: the filters of `query` (state `open`
 * by default, as the server), sorted by days left (overdue first, ended last), then one page.
 */
export function filterPratiche<T extends PraticaSummary>(
  all: readonly T[],
  query: InboxQuery,
): { items: T[]; total: number } {
  const state = query.state ?? 'open';
  const matching = all.filter(
    (p) =>
      (state === 'all' ||
        (state === 'open' ? !ended(p) : state === 'ended' ? ended(p) : p.status === state)) &&
      (query.moduleId === undefined || p.moduleId === query.moduleId) &&
      (query.comune === undefined || p.comune === query.comune) &&
      (query.officeId === undefined || p.assignment.officeId === query.officeId) &&
      (query.due === undefined ||
        (!ended(p) && (query.due === 'overdue' ? p.overdue : !p.overdue && (p.daysLeft ?? 0) <= NEAR_DAYS))),
  );
  const sorted = matching.sort(
    (a, b) =>
      Number(ended(a)) - Number(ended(b)) ||
      (a.daysLeft ?? 0) - (b.daysLeft ?? 0) ||
      a.code.localeCompare(b.code),
  );
  const size = query.pageSize ?? 20;
  const page = query.page ?? 1;
  return { items: sorted.slice((page - 1) * size, page * size), total: matching.length };
}
