import { describe, expect, it } from 'vitest';
import { acrOf, levelFromAcr, levelSatisfies, parseLevel } from './spidLevel';

describe('SPID levels', () => {
  it('round-trips acr values and ranks levels', () => {
    expect(levelFromAcr(acrOf('SpidL3'))).toBe('SpidL3');
    expect(levelFromAcr('https://www.spid.gov.it/SpidL4')).toBeUndefined();
    expect(levelFromAcr(42)).toBeUndefined();
    expect(levelSatisfies('SpidL2', 'SpidL2')).toBe(true);
    expect(levelSatisfies('SpidL1', 'SpidL2')).toBe(false);
    expect(levelSatisfies('SpidL3', 'none')).toBe(true);
  });

  it('parses a level parameter', () => {
    expect(parseLevel('2')).toBe('SpidL2');
    expect(parseLevel('SpidL3')).toBe('SpidL3');
    expect(parseLevel('L9')).toBeUndefined();
    expect(parseLevel(undefined)).toBeUndefined();
  });
});
