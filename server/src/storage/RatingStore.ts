import type { RatingFollowUp } from '@modulo/procedure';
import type { InboxScope } from './BackofficeStore';

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

/** Which ratings the staff's monitoring reads: an ente's, perhaps one module's, within the inbox's scope. */
export interface RatingFeedbackQuery {
  enteId: string;
  /** As the inbox: an admin sees all, an operator the pratiche of their offices or routed to them. */
  scope: InboxScope;
  moduleId?: string;
  /** The comments after this one (newest first): the last of the previous page. */
  after?: { at: string; praticaCode: string };
  limit: number;
}

/** The ratings' distribution, follow-up answers and comments (one page, newest first) for staff. */
export interface RatingFeedback {
  /** How many ratings gave 1, 2, 3, 4, 5 (index 0 = score 1). */
  scores: [number, number, number, number, number];
  /** Each follow-up answer chosen at least once, with how many chose it. */
  followUps: { followUp: RatingFollowUp; count: number }[];
  /** Up to `limit` comments; `more` when there are others after them. */
  comments: {
    praticaCode: string;
    moduleId: string;
    score: number;
    followUp: RatingFollowUp;
    comment: string;
    /** The pratica's protocol date (a Rome day). */
    filedOn: string;
    at: string;
  }[];
  more: boolean;
}

/** Ratings, kept beside the pratiche they rate. */
export interface RatingStore {
  /** Stores a rating; false when the pratica already has one (a citizen rates once). */
  add(rating: Rating): Promise<boolean>;
  get(praticaCode: string): Promise<Rating | undefined>;
  /** The ratings of an ente, of one of its modules when `moduleId` is given. */
  summary(enteId: string, moduleId?: string): Promise<RatingSummary>;
  /** What the staff's monitoring shows of the ratings in their scope, comments included (personal data). */
  feedback(query: RatingFeedbackQuery): Promise<RatingFeedback>;
}
