import type { Database } from 'better-sqlite3';
import type { RatingFollowUp } from '@modulo/procedure';
import type { RatingFeedback, RatingFeedbackQuery } from '../RatingStore';

/** `RatingStore.feedback` on SQLite: the ratings of the pratiche in the staff's scope. */
export function sqliteRatingFeedback(db: Database, q: RatingFeedbackQuery): RatingFeedback {
  const where = ['r.ente_id = @enteId'];
  const args: Record<string, unknown> = { enteId: q.enteId, limit: q.limit + 1 };
  if (q.moduleId !== undefined) {
    where.push('r.module_id = @moduleId');
    args.moduleId = q.moduleId;
  }
  if (!q.scope.all) {
    where.push('(p.office_id IN (SELECT value FROM json_each(@offices)) OR p.responsible_id = @staffId)');
    args.offices = JSON.stringify(q.scope.offices);
    args.staffId = q.scope.staffId;
  }
  const from = `FROM ratings r JOIN pratiche p ON p.code = r.pratica_code WHERE ${where.join(' AND ')}`;
  const scores: RatingFeedback['scores'] = [0, 0, 0, 0, 0];
  for (const r of db.prepare(`SELECT r.score, count(*) AS n ${from} GROUP BY r.score`).all(args) as {
    score: number;
    n: number;
  }[])
    scores[r.score - 1] = r.n;
  const followUps = (
    db
      .prepare(`SELECT r.follow_up, count(*) AS n ${from} GROUP BY r.follow_up ORDER BY n DESC, r.follow_up`)
      .all(args) as { follow_up: RatingFollowUp; n: number }[]
  ).map((r) => ({ followUp: r.follow_up, count: r.n }));
  if (q.after) {
    args.afterAt = q.after.at;
    args.afterCode = q.after.praticaCode;
  }
  const rows = db
    .prepare(
      `SELECT r.pratica_code, r.module_id, r.score, r.follow_up, r.comment, p.protocol_date, r.at ${from}
       AND r.comment IS NOT NULL
       ${q.after ? 'AND (r.at < @afterAt OR (r.at = @afterAt AND r.pratica_code < @afterCode))' : ''}
       ORDER BY r.at DESC, r.pratica_code DESC LIMIT @limit`,
    )
    .all(args) as {
    pratica_code: string;
    module_id: string;
    score: number;
    follow_up: RatingFollowUp;
    comment: string;
    protocol_date: string;
    at: string;
  }[];
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
