import { daysBetween, romeDate } from '@modulo/procedure';
import type { ProcedureFigures } from '../BackofficeStore';
import { decidedOf } from '../decidedOf';
import type { Queryable } from './pgPool';

/** The monitoring figures recomputed from the raw rows on PostgreSQL: the tests' oracle for
 * `pgProcedureFigures` (the same queries as `rawSqliteProcedureFigures`, module ids in byte order). */
export async function rawPgProcedureFigures(
  q: Queryable,
  enteId: string,
  today: string,
): Promise<ProcedureFigures[]> {
  const base = await q.query<{
    module_id: string;
    n: number;
    applicants: number;
    ended: number;
    overdue: number;
  }>(
    `SELECT module_id, count(*) AS n, count(DISTINCT submitter) AS applicants,
     count(*) FILTER (WHERE status LIKE 'ended\\_%') AS ended,
     count(*) FILTER (WHERE due_date IS NOT NULL AND due_date < $2) AS overdue
     FROM pratiche WHERE ente_id = $1 GROUP BY module_id ORDER BY module_id COLLATE "C"`,
    [enteId, today],
  );
  const figures = new Map<string, ProcedureFigures>(
    base.rows.map((r) => [
      r.module_id,
      {
        moduleId: r.module_id,
        submissions: r.n,
        applicants: r.applicants,
        ended: r.ended,
        silenzioAssenso: 0,
        openOverdue: r.overdue,
        suspended: 0,
        perMonth: {},
        decided: decidedOf([]),
      },
    ]),
  );
  const months = await q.query<{ module_id: string; month: string; n: number }>(
    `SELECT module_id, substr(protocol_date, 1, 7) AS month, count(*) AS n FROM pratiche WHERE ente_id = $1
     GROUP BY module_id, month ORDER BY month`,
    [enteId],
  );
  for (const m of months.rows) figures.get(m.module_id)!.perMonth[m.month] = m.n;
  const silent = await q.query<{ module_id: string; n: number }>(
    `SELECT p.module_id, count(*) AS n FROM pratica_alerts a JOIN pratiche p ON p.code = a.pratica_code
     WHERE p.ente_id = $1 AND a.kind = 'silenzio-assenso' GROUP BY p.module_id`,
    [enteId],
  );
  for (const r of silent.rows) figures.get(r.module_id)!.silenzioAssenso = r.n;
  const concluded = await q.query<{ module_id: string; protocol_date: string; deadline: string; at: string }>(
    `SELECT p.module_id, p.protocol_date, p.deadline, e.event::json ->> 'at' AS at
     FROM pratica_events e JOIN pratiche p ON p.code = e.pratica_code
     WHERE p.ente_id = $1 AND e.event::json ->> 'type' = 'concluded' ORDER BY p.code, e.seq`,
    [enteId],
  );
  const decisions = new Map(
    [...figures.keys()].map((k) => [k, [] as { days: number; withinTerm: boolean }[]]),
  );
  for (const e of concluded.rows) {
    const on = romeDate(e.at);
    decisions
      .get(e.module_id)!
      .push({ days: daysBetween(e.protocol_date, on), withinTerm: on <= e.deadline });
  }
  for (const [k, d] of decisions) figures.get(k)!.decided = decidedOf(d);
  const suspended = await q.query<{ module_id: string; n: number }>(
    `SELECT p.module_id, count(DISTINCT p.code) AS n FROM pratica_events e JOIN pratiche p ON p.code = e.pratica_code
     WHERE p.ente_id = $1 AND e.event::json ->> 'type' = 'integration-requested' GROUP BY p.module_id`,
    [enteId],
  );
  for (const r of suspended.rows) figures.get(r.module_id)!.suspended = r.n;
  return [...figures.values()];
}
