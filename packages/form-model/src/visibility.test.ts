import { describe, expect, it } from 'vitest';
import { text } from './testing/makeModule';
import { effectiveConditions } from './visibility';

describe('effectiveConditions', () => {
  it('adds the step condition and, transitively, the conditions of the fields read', () => {
    const onA = { field: 'a', op: 'equals', value: 'si' } as const;
    const onB = { field: 'b', op: 'equals', value: 'x' } as const;
    const step = { field: 's', op: 'answered' } as const;
    const conditions = effectiveConditions([
      { field: text('s') },
      { field: text('a'), stepCondition: step },
      { field: text('b', { condition: onA }) },
      { field: text('c', { condition: onB }) },
    ]);
    expect(conditions.get('s')).toBeUndefined();
    expect(conditions.get('a')).toEqual(step);
    // b reads a, which sits in a step shown only when s is answered.
    expect(conditions.get('b')).toEqual({ all: [onA, step] });
    // c reads b: b's own condition and everything b inherits come along.
    expect(conditions.get('c')).toEqual({ all: [onB, { all: [onA, step] }] });
  });

  it('stops at a cycle instead of looping (lint reports the cycle)', () => {
    const conditions = effectiveConditions([
      { field: text('a', { condition: { field: 'b', op: 'answered' } }) },
      { field: text('b', { condition: { field: 'a', op: 'answered' } }) },
    ]);
    expect(conditions.get('a')).toBeDefined();
    expect(conditions.get('b')).toBeDefined();
  });
});
