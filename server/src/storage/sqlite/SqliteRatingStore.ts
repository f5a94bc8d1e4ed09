import type { Database } from 'better-sqlite3';
import type { RatingFollowUp } from '@modulo/procedure';
import type { Rating, RatingFeedback, RatingFeedbackQuery, RatingStore, RatingSummary } from '../RatingStore';
import { sqliteRatingFeedback } from './sqliteRatingFeedback';

interface Row {
  pratica_code: string;
  ente_id: string;
  module_id: string;
  score: number;
  follow_up: string;
  comment: string | null;
  at: string;
}

const toRating = (r: Row): Rating => ({
  praticaCode: r.pratica_code,
  enteId: r.ente_id,
  moduleId: r.module_id,
  score: r.score,
  followUp: r.follow_up as RatingFollowUp,
  ...(r.comment === null ? {} : { comment: r.comment }),
  at: r.at,
});

/** Ratings on SQLite (migration 006). */
export class SqliteRatingStore implements RatingStore {
  constructor(private readonly db: Database) {}

  add(r: Rating): Promise<boolean> {
    const info = this.db
      .prepare(
        `INSERT INTO ratings (pratica_code, ente_id, module_id, score, follow_up, comment, at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pratica_code) DO NOTHING`,
      )
      .run(r.praticaCode, r.enteId, r.moduleId, r.score, r.followUp, r.comment ?? null, r.at);
    return Promise.resolve(info.changes > 0);
  }

  get(praticaCode: string): Promise<Rating | undefined> {
    const r = this.db.prepare('SELECT * FROM ratings WHERE pratica_code = ?').get(praticaCode) as
      Row | undefined;
    return Promise.resolve(r && toRating(r));
  }

  summary(enteId: string, moduleId?: string): Promise<RatingSummary> {
    const where = moduleId === undefined ? 'ente_id = ?' : 'ente_id = ? AND module_id = ?';
    const args = moduleId === undefined ? [enteId] : [enteId, moduleId];
    const scores: RatingSummary['scores'] = [0, 0, 0, 0, 0];
    let count = 0;
    let total = 0;
    for (const r of this.db
      .prepare(`SELECT score, COUNT(*) AS n FROM ratings WHERE ${where} GROUP BY score`)
      .all(...args) as { score: number; n: number }[]) {
      scores[r.score - 1] = r.n;
      count += r.n;
      total += r.score * r.n;
    }
    const followUps: RatingSummary['followUps'] = {};
    for (const r of this.db
      .prepare(`SELECT follow_up, COUNT(*) AS n FROM ratings WHERE ${where} GROUP BY follow_up`)
      .all(...args) as { follow_up: RatingFollowUp; n: number }[])
      followUps[r.follow_up] = r.n;
    const comments = (
      this.db
        .prepare(
          `SELECT module_id, score, comment, at FROM ratings WHERE ${where} AND comment IS NOT NULL
           ORDER BY at DESC, pratica_code LIMIT 20`,
        )
        .all(...args) as { module_id: string; score: number; comment: string; at: string }[]
    ).map((r) => ({ moduleId: r.module_id, score: r.score, comment: r.comment, at: r.at }));
    return Promise.resolve({ count, average: count ? total / count : null, scores, followUps, comments });
  }

  feedback(query: RatingFeedbackQuery): Promise<RatingFeedback> {
    return Promise.resolve(sqliteRatingFeedback(this.db, query));
  }
}
