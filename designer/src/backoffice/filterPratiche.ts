import type { InboxQuery, PraticaSummary } from './BackofficeApi';

/** Days left at or under which a running pratica counts as "near" its deadline. */
export const NEAR_DAYS = 7;

const ended = (p: PraticaSummary) => p.status.startsWith('ended_');

/**
 * The inbox as the server computes it, for the memory api: the filters of `query`, sorted by
 * days left (overdue first, ended pratiche last), then one page.
 */
export function filterPratiche<T extends PraticaSummary>(
  all: readonly T[],
  query: InboxQuery,
): { items: T[]; total: number } {
  const matching = all.filter(
    (p) =>
      (query.state === undefined || p.status === query.state) &&
      (query.moduleId === undefined || p.moduleId === query.moduleId) &&
      (query.comune === undefined || p.comune === query.comune) &&
      (query.officeId === undefined || p.assignment.officeId === query.officeId) &&
      (query.due === undefined ||
        (!ended(p) && (query.due === 'overdue' ? p.overdue : !p.overdue && p.daysLeft <= NEAR_DAYS))),
  );
  const sorted = matching.sort(
    (a, b) => Number(ended(a)) - Number(ended(b)) || a.daysLeft - b.daysLeft || a.code.localeCompare(b.code),
  );
  const size = query.pageSize ?? 20;
  const page = query.page ?? 1;
  return { items: sorted.slice((page - 1) * size, page * size), total: matching.length };
}
