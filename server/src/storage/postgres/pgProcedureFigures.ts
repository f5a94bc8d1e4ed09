import type { ProcedureFigures } from '../BackofficeStore';
import type { Queryable } from './pgPool';

/** `BackofficeStore.monitoring` on PostgreSQL: the twin of `sqliteProcedureFigures` (migration 011's
 * counts, the open pratiche not yet due, the decisions in order), module ids in byte order. */
export async function pgProcedureFigures(
  q: Queryable,
  enteId: string,
  today: string,
): Promise<ProcedureFigures[]> {
  const counts = await q.query<{
    module_id: string;
    submissions: number;
    applicants: number;
    ended: number;
    dated: number;
    silenzio_assenso: number;
    suspended: number;
    not_yet_due: number;
  }>(
    `SELECT c.module_id, c.submissions, c.applicants, c.ended, c.dated, c.silenzio_assenso, c.suspended,
     (SELECT count(*) FROM pratiche p WHERE p.ente_id = c.ente_id AND p.module_id = c.module_id
       AND p.due_date >= $2)::int AS not_yet_due
     FROM procedure_counts c WHERE c.ente_id = $1 ORDER BY c.module_id COLLATE "C"`,
    [enteId, today],
  );
  const figures = new Map<string, ProcedureFigures>(
    counts.rows.map((r) => [
      r.module_id,
      {
        moduleId: r.module_id,
        submissions: r.submissions,
        applicants: r.applicants,
        ended: r.ended,
        silenzioAssenso: r.silenzio_assenso,
        openOverdue: r.dated - r.not_yet_due,
        suspended: r.suspended,
        perMonth: {},
        decided: { count: 0, totalDays: 0, medianDays: null, withinTerm: 0 },
      },
    ]),
  );
  const months = await q.query<{ module_id: string; month: string; filed: number }>(
    'SELECT module_id, month, filed FROM procedure_months WHERE ente_id = $1 ORDER BY month COLLATE "C"',
    [enteId],
  );
  for (const m of months.rows) figures.get(m.module_id)!.perMonth[m.month] = m.filed;
  const decided = await q.query<{
    module_id: string;
    n: number;
    total: number;
    within: number;
    median: number;
  }>(
    `SELECT module_id, count(*)::int AS n, sum(days)::int AS total, count(*) FILTER (WHERE within_term)::int AS within,
     (percentile_cont(0.5) WITHIN GROUP (ORDER BY days))::float8 AS median
     FROM procedure_decisions WHERE ente_id = $1 GROUP BY module_id`,
    [enteId],
  );
  for (const d of decided.rows) {
    const f = figures.get(d.module_id);
    if (f) f.decided = { count: d.n, totalDays: d.total, medianDays: d.median, withinTerm: d.within };
  }
  return [...figures.values()];
}
