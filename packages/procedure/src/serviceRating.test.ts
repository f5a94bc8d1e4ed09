import { describe, expect, it } from 'vitest';
import { followUpsFor, isFollowUpFor, RATING_FOLLOW_UPS } from './serviceRating';

describe('service rating (C.SE.1.7)', () => {
  it('offers five answers below 4 and five others from 4 up', () => {
    expect(RATING_FOLLOW_UPS.low).toHaveLength(5);
    expect(RATING_FOLLOW_UPS.high).toHaveLength(5);
    expect(new Set([...RATING_FOLLOW_UPS.low, ...RATING_FOLLOW_UPS.high]).size).toBe(10);
    expect(followUpsFor(3)).toBe(RATING_FOLLOW_UPS.low);
    expect(followUpsFor(4)).toBe(RATING_FOLLOW_UPS.high);
  });

  it('accepts a follow-up only after the score it belongs to', () => {
    expect(isFollowUpFor(2, 'technical-problems')).toBe(true);
    expect(isFollowUpFor(5, 'technical-problems')).toBe(false);
    expect(isFollowUpFor(4, 'clear-questions')).toBe(true);
    expect(isFollowUpFor(3, 'clear-questions')).toBe(false);
    expect(isFollowUpFor(0, 'unclear-questions')).toBe(false);
    expect(isFollowUpFor(6, 'clear-questions')).toBe(false);
    expect(isFollowUpFor(4.5, 'clear-questions')).toBe(false);
  });
});
