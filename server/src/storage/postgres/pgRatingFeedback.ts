import type { RatingFollowUp } from '@modulo/procedure';
import type { RatingFeedback, RatingFeedbackQuery } from '../RatingStore';
import type { Queryable } from './pgPool';

/** `RatingStore.feedback` on PostgreSQL: the twin of `sqliteRatingFeedback` (codes in byte order). */
export async function pgRatingFeedback(db: Queryable, q: RatingFeedbackQuery): Promise<RatingFeedback> {
  const args: unknown[] = [q.enteId];
  const arg = (v: unknown) => `$${args.push(v)}`;
  const where = ['r.ente_id = $1'];
  if (q.moduleId !== undefined) where.push(`r.module_id = ${arg(q.moduleId)}`);
  if (!q.scope.all)
    where.push(
      `(p.office_id = ANY(${arg(q.scope.offices)}::text[]) OR p.responsible_id = ${arg(q.scope.staffId)})`,
    );
  const from = `FROM ratings r JOIN pratiche p ON p.code = r.pratica_code WHERE ${where.join(' AND ')}`;
  const scores: RatingFeedback['scores'] = [0, 0, 0, 0, 0];
  for (const r of (
    await db.query<{ score: number; n: number }>(
      `SELECT r.score, count(*) AS n ${from} GROUP BY r.score`,
      args,
    )
  ).rows)
    scores[r.score - 1] = r.n;
  const followUps = (
    await db.query<{ follow_up: RatingFollowUp; n: number }>(
      `SELECT r.follow_up, count(*) AS n ${from} GROUP BY r.follow_up ORDER BY n DESC, r.follow_up COLLATE "C"`,
      args,
    )
  ).rows.map((r) => ({ followUp: r.follow_up, count: r.n }));
  const after = q.after
    ? `AND (r.at COLLATE "C" < ${arg(q.after.at)} OR (r.at = $${args.length} AND r.pratica_code COLLATE "C" < ${arg(q.after.praticaCode)}))`
    : '';
  const { rows } = await db.query<{
    pratica_code: string;
    module_id: string;
    score: number;
    follow_up: RatingFollowUp;
    comment: string;
    protocol_date: string;
    at: string;
  }>(
    `SELECT r.pratica_code, r.module_id, r.score, r.follow_up, r.comment, p.protocol_date, r.at ${from}
     AND r.comment IS NOT NULL ${after}
     ORDER BY r.at COLLATE "C" DESC, r.pratica_code COLLATE "C" DESC LIMIT ${arg(q.limit + 1)}`,
    args,
  );
  return {
    scores,
    followUps,
    comments: rows.slice(0, q.limit).map((r) => ({
      praticaCode: r.pratica_code,
      moduleId: r.module_id,
      score: r.score,
      followUp: r.follow_up,
      comment: r.comment,
      filedOn: r.protocol_date,
      at: r.at,
    })),
    more: rows.length > q.limit,
  };
}
