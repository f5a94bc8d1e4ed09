import type { RatingFollowUp } from '@modulo/procedure';

/** A citizen's rating of the service a pratica went through (C.SE.1.7): one per pratica. */
export interface Rating {
  praticaCode: string;
  enteId: string;
  moduleId: string;
  /** 1-5: "Quanto è stato facile usare questo servizio?" */
  score: number;
  /** One of the five fixed answers for the score (`RATING_FOLLOW_UPS` of @modulo/procedure). */
  followUp: RatingFollowUp;
  /** Free text, at most 2000 characters. */
  comment?: string;
  /** ISO instant. */
  at: string;
}

/** What the back office's monitoring shows of an ente's (or one module's) ratings. */
export interface RatingSummary {
  count: number;
  /** Mean score, or null with no ratings. */
  average: number | null;
  /** How many ratings gave 1, 2, 3, 4, 5 (index 0 = score 1). */
  scores: [number, number, number, number, number];
  /** How many ratings chose each follow-up answer (only answers chosen at least once). */
  followUps: Partial<Record<RatingFollowUp, number>>;
  /** The latest comments, newest first (at most 20), without the pratica they came from. */
  comments: { moduleId: string; score: number; comment: string; at: string }[];
}

/** Ratings, kept beside the pratiche they rate. */
export interface RatingStore {
  /** Stores a rating; false when the pratica already has one (a citizen rates once). */
  add(rating: Rating): Promise<boolean>;
  get(praticaCode: string): Promise<Rating | undefined>;
  /** The ratings of an ente, of one of its modules when `moduleId` is given. */
  summary(enteId: string, moduleId?: string): Promise<RatingSummary>;
}
