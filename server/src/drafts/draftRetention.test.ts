import { describe, expect, it } from 'vitest';
import { draftExpiresAt, draftPurgeCutoff } from './draftRetention';

describe('draft retention', () => {
  it('keeps a draft one year from its last save', () => {
    expect(draftExpiresAt('2026-12-02T10:00:00.000Z')).toBe('2027-12-02T10:00:00.000Z');
    expect(draftExpiresAt('2028-02-29T10:00:00.000Z')).toBe('2029-03-01T10:00:00.000Z');
  });

  it('purges what was last saved a full year ago or earlier', () => {
    expect(draftPurgeCutoff(new Date('2027-12-02T10:00:00.000Z'))).toBe('2026-12-02T10:00:00.000Z');
    expect(draftPurgeCutoff(new Date('2029-03-01T10:00:00.000Z'))).toBe('2028-03-01T10:00:00.000Z');
    // From a leap day the cutoff is the day before, never a day later.
    expect(draftPurgeCutoff(new Date('2028-02-29T10:00:00.000Z'))).toBe('2027-02-28T10:00:00.000Z');
  });
});
