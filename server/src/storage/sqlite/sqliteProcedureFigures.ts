import type { Database } from 'better-sqlite3';
import type { ProcedureFigures } from '../BackofficeStore';

/**
 * The monitoring figures of an ente's procedures (the SQLite twin of `pgProcedureFigures`), from
 * the counts migration 011's triggers keep in the same transaction as each change. What still
 * depends on the day or on the values is read bounded: the open pratiche not yet due (index
 * `pratiche_module_due`; overdue = open − not yet due) and the decisions (`procedure_decisions_days`,
 * in order for the median). `rawSqliteProcedureFigures` recomputes the same from the raw rows.
 */
export function sqliteProcedureFigures(db: Database, enteId: string, today: string): ProcedureFigures[] {
  const counts = db
    .prepare(
      `SELECT module_id, submissions, applicants, ended, dated, silenzio_assenso, suspended
       FROM procedure_counts WHERE ente_id = ? ORDER BY module_id`,
    )
    .all(enteId) as {
    module_id: string;
    submissions: number;
    applicants: number;
    ended: number;
    dated: number;
    silenzio_assenso: number;
    suspended: number;
  }[];
  const notYetDue = new Map(
    (
      db
        .prepare(
          `SELECT module_id, count(*) AS n FROM pratiche WHERE ente_id = ? AND due_date >= ? GROUP BY module_id`,
        )
        .all(enteId, today) as { module_id: string; n: number }[]
    ).map((r) => [r.module_id, r.n]),
  );
  const figures = new Map<string, ProcedureFigures>(
    counts.map((r) => [
      r.module_id,
      {
        moduleId: r.module_id,
        submissions: r.submissions,
        applicants: r.applicants,
        ended: r.ended,
        silenzioAssenso: r.silenzio_assenso,
        openOverdue: r.dated - (notYetDue.get(r.module_id) ?? 0),
        suspended: r.suspended,
        perMonth: {},
        decided: { count: 0, totalDays: 0, medianDays: null, withinTerm: 0 },
      },
    ]),
  );
  const months = db
    .prepare(
      'SELECT module_id, month, filed FROM procedure_months WHERE ente_id = ? ORDER BY month, module_id',
    )
    .all(enteId) as { module_id: string; month: string; filed: number }[];
  for (const m of months) figures.get(m.module_id)!.perMonth[m.month] = m.filed;
  const decided = db
    .prepare(
      `SELECT module_id, count(*) AS n, sum(days) AS total, sum(within_term) AS within
       FROM procedure_decisions WHERE ente_id = ? GROUP BY module_id`,
    )
    .all(enteId) as { module_id: string; n: number; total: number; within: number }[];
  const middle = db.prepare(
    `SELECT days FROM procedure_decisions WHERE ente_id = ? AND module_id = ? ORDER BY days LIMIT ? OFFSET ?`,
  );
  for (const d of decided) {
    const f = figures.get(d.module_id);
    if (!f) continue;
    const mid = middle.pluck().all(enteId, d.module_id, 2 - (d.n % 2), Math.floor((d.n - 1) / 2)) as number[];
    f.decided = {
      count: d.n,
      totalDays: d.total,
      medianDays: mid.reduce((a, b) => a + b, 0) / mid.length,
      withinTerm: d.within,
    };
  }
  return [...figures.values()];
}
