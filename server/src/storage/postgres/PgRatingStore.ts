import type { RatingFollowUp } from '@modulo/procedure';
import type { Rating, RatingFeedback, RatingFeedbackQuery, RatingStore, RatingSummary } from '../RatingStore';
import { pgRatingFeedback } from './pgRatingFeedback';
import type { Queryable } from './pgPool';

interface RatingRow {
  pratica_code: string;
  ente_id: string;
  module_id: string;
  score: number;
  follow_up: string;
  comment: string | null;
  at: string;
}

const toRating = (r: RatingRow): Rating => ({
  praticaCode: r.pratica_code,
  enteId: r.ente_id,
  moduleId: r.module_id,
  score: r.score,
  followUp: r.follow_up as RatingFollowUp,
  ...(r.comment === null ? {} : { comment: r.comment }),
  at: r.at,
});

/** Ratings on PostgreSQL (migration 006). */
export class PgRatingStore implements RatingStore {
  constructor(private readonly q: Queryable) {}

  async add(r: Rating): Promise<boolean> {
    const { rowCount } = await this.q.query(
      `INSERT INTO ratings (pratica_code, ente_id, module_id, score, follow_up, comment, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (pratica_code) DO NOTHING`,
      [r.praticaCode, r.enteId, r.moduleId, r.score, r.followUp, r.comment ?? null, r.at],
    );
    return (rowCount ?? 0) > 0;
  }

  async get(praticaCode: string): Promise<Rating | undefined> {
    const { rows } = await this.q.query<RatingRow>('SELECT * FROM ratings WHERE pratica_code = $1', [
      praticaCode,
    ]);
    return rows[0] && toRating(rows[0]);
  }

  async summary(enteId: string, moduleId?: string): Promise<RatingSummary> {
    const where = 'ente_id = $1 AND ($2::text IS NULL OR module_id = $2)';
    const args = [enteId, moduleId ?? null];
    // One after the other: `q` may be a single client inside a transaction.
    const byScore = await this.q.query<{ score: number; n: number }>(
      `SELECT score, count(*) AS n FROM ratings WHERE ${where} GROUP BY score`,
      args,
    );
    const byFollowUp = await this.q.query<{ follow_up: RatingFollowUp; n: number }>(
      `SELECT follow_up, count(*) AS n FROM ratings WHERE ${where} GROUP BY follow_up`,
      args,
    );
    const latest = await this.q.query<{ module_id: string; score: number; comment: string; at: string }>(
      `SELECT module_id, score, comment, at FROM ratings WHERE ${where} AND comment IS NOT NULL
       ORDER BY at DESC, pratica_code LIMIT 20`,
      args,
    );
    const scores: RatingSummary['scores'] = [0, 0, 0, 0, 0];
    let count = 0;
    let total = 0;
    for (const r of byScore.rows) {
      scores[r.score - 1] = r.n;
      count += r.n;
      total += r.score * r.n;
    }
    const followUps: RatingSummary['followUps'] = {};
    for (const r of byFollowUp.rows) followUps[r.follow_up] = r.n;
    const comments = latest.rows.map((r) => ({
      moduleId: r.module_id,
      score: r.score,
      comment: r.comment,
      at: r.at,
    }));
    return { count, average: count ? total / count : null, scores, followUps, comments };
  }

  feedback(query: RatingFeedbackQuery): Promise<RatingFeedback> {
    return pgRatingFeedback(this.q, query);
  }
}
