/**
 * The service rating of Designers Italia (criterion C.SE.1.7, and C.SE.1.9/1.10 in the personal
 * area): 1-5 for "Quanto è stato facile usare questo servizio?", then one of five fixed answers,
 * those of a score below 4 or those of 4 and above. Codes only: each UI words them itself.
 */
export const RATING_FOLLOW_UPS = {
  /** "Dove hai incontrato le maggiori difficoltà?" (score 1-3). */
  low: [
    'unclear-instructions',
    'incomplete-instructions',
    'unclear-questions',
    'technical-problems',
    'other-difficulty',
  ],
  /** "Quali sono stati gli aspetti che hai preferito?" (score 4-5). */
  high: [
    'clear-instructions',
    'complete-instructions',
    'clear-questions',
    'no-technical-problems',
    'other-strength',
  ],
} as const;

/** The longest free-text comment a rating may carry (the server refuses more, the UI stops there). */
export const RATING_COMMENT_MAX_LENGTH = 2000;

export type RatingFollowUp = (typeof RATING_FOLLOW_UPS)['low' | 'high'][number];

/** The five answers offered after this score. */
export function followUpsFor(score: number): readonly RatingFollowUp[] {
  return score >= 4 ? RATING_FOLLOW_UPS.high : RATING_FOLLOW_UPS.low;
}

/** Whether `followUp` is one of the answers offered after `score` (an integer 1-5). */
export function isFollowUpFor(score: number, followUp: string): followUp is RatingFollowUp {
  return (
    Number.isInteger(score) &&
    score >= 1 &&
    score <= 5 &&
    followUpsFor(score).includes(followUp as RatingFollowUp)
  );
}
