import type { Database } from 'better-sqlite3';
import type { PraticaEvent } from '@modulo/procedure';
import type { InboxQuery, InboxRow } from '../BackofficeStore';

/** The inbox counts up to this many pratiche; past it `total` is `INBOX_COUNT_CAP + 1` ("more than"). */
export const INBOX_COUNT_CAP = 10_000;

interface InboxSqlRow {
  code: string;
  ente_id: string;
  subject: string;
  module_id: string;
  module_version: string;
  submitter: string;
  status: string;
  protocol_number: number;
  protocol_year: number;
  protocol_date: string;
  protocol_at: string;
  segnatura: string;
  assignment: string;
  term_days: number;
  comune: unknown;
  events: string;
}

const toInboxRow = (r: InboxSqlRow): InboxRow => ({
  code: r.code,
  enteId: r.ente_id,
  subject: r.subject,
  moduleId: r.module_id,
  moduleVersion: r.module_version,
  submitter: r.submitter,
  status: r.status,
  protocol: {
    number: r.protocol_number,
    year: r.protocol_year,
    date: r.protocol_date,
    at: r.protocol_at,
    segnatura: r.segnatura,
  },
  assignment: JSON.parse(r.assignment) as InboxRow['assignment'],
  termDays: r.term_days,
  comune: typeof r.comune === 'string' ? r.comune : null,
  events: JSON.parse(r.events) as PraticaEvent[],
});

/**
 * The inbox on SQLite: an ente's pratiche filtered and sorted by days left, from indexed columns
 * that every event keeps current; a staff member's scope read as two disjoint index-ordered parts.
 */
export function sqliteInbox(
  db: Database,
  q: InboxQuery,
): Promise<{ codes: string[]; rows: InboxRow[]; total: number }> {
  const where = ['ente_id = @enteId'];
  const params: Record<string, unknown> = { enteId: q.enteId, limit: q.limit, offset: q.offset };
  if (q.open) where.push('due_date IS NOT NULL');
  if (q.statuses?.length === 1) {
    // One status: an equality the (ente_id, status, due_date) index can serve in order.
    where.push('status = @status');
    params['status'] = q.statuses[0];
  } else if (q.statuses) {
    where.push('status IN (SELECT value FROM json_each(@statuses))');
    params['statuses'] = JSON.stringify(q.statuses);
  }
  const optional: [keyof InboxQuery, string][] = [
    ['moduleId', 'module_id = @moduleId'],
    ['comune', 'comune = @comune'],
    ['officeId', 'office_id = @officeId'],
    ['dueFrom', 'due_date >= @dueFrom'],
    ['dueBefore', 'due_date < @dueBefore'],
  ];
  for (const [key, clause] of optional) {
    if (q[key] === undefined) continue;
    where.push(clause);
    params[key] = q[key];
  }
  const filter = where.join(' AND ');
  // Open pratiche only: the partial indexes on (ente_id[, office_id | responsible_id], due_date) give the order.
  const order = q.open ? 'due_date, protocol_at' : '(due_date IS NULL), due_date, protocol_at DESC';
  // A staff member's pratiche are their offices' and, apart from those, the ones routed to them by
  // name: two disjoint parts, each read in order from its own index (an OR would scan).
  const parts = q.scope.all
    ? [filter]
    : [
        `${filter} AND office_id IN (SELECT value FROM json_each(@offices))`,
        `${filter} AND responsible_id = @staffId AND (office_id IS NULL OR office_id NOT IN (SELECT value FROM json_each(@offices)))`,
      ];
  if (!q.scope.all) {
    params['offices'] = JSON.stringify(q.scope.offices);
    params['staffId'] = q.scope.staffId;
    params['k'] = q.offset + q.limit;
  }
  const source = q.scope.all
    ? filter
    : `code IN (${parts
        .map((p) => `SELECT code FROM (SELECT code FROM pratiche WHERE ${p} ORDER BY ${order} LIMIT @k)`)
        .join(' UNION ALL ')})`;
  const rows = db
    .prepare(
      `SELECT code, ente_id, subject, module_id, module_version, submitter, status, protocol_number,
       protocol_year, protocol_date, protocol_at, segnatura, assignment, term_days, comune,
       (SELECT json_group_array(json(event)) FROM
         (SELECT event FROM pratica_events WHERE pratica_code = code ORDER BY seq)) AS events
       FROM pratiche WHERE ${source} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all(params) as InboxSqlRow[];
  // Counting 700,000 open pratiche costs more than the page: stop counting past the cap.
  let n = 0;
  for (const part of parts)
    n += (
      db
        .prepare(
          `SELECT count(*) AS n FROM (SELECT 1 FROM pratiche WHERE ${part} LIMIT ${INBOX_COUNT_CAP + 1})`,
        )
        .get(params) as { n: number }
    ).n;
  return Promise.resolve({
    codes: rows.map((r) => r.code),
    rows: rows.map(toInboxRow),
    total: Math.min(n, INBOX_COUNT_CAP + 1),
  });
}
