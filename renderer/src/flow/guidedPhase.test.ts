import { describe, expect, it } from 'vitest';
import { indicatorIndex, initialPhase, phaseOfIndicator } from './guidedPhase';

describe('guidedPhase', () => {
  it('starts on the resume offer of a draft, else on privacy, unless a story says where', () => {
    expect(initialPhase({})).toEqual({ kind: 'privacy' });
    expect(initialPhase({ draft: { version: '1.0.0', answers: {} } })).toEqual({ kind: 'resume' });
    expect(initialPhase({ initial: { phase: 'step', step: 2 } })).toEqual({ kind: 'step', index: 2 });
    expect(initialPhase({ initial: { phase: 'summary' }, draft: {} })).toEqual({ kind: 'summary' });
  });

  it('maps phases to the step indicator and back', () => {
    expect(indicatorIndex({ kind: 'privacy' }, 3)).toBe(0);
    expect(indicatorIndex({ kind: 'step', index: 1 }, 3)).toBe(2);
    expect(indicatorIndex({ kind: 'exit', exit: { id: 'x' } as never, from: 0 }, 3)).toBe(1);
    expect(indicatorIndex({ kind: 'summary' }, 3)).toBe(4);
    expect([0, 1, 3, 4].map((i) => phaseOfIndicator(i, 3))).toEqual([
      { kind: 'privacy' },
      { kind: 'step', index: 0 },
      { kind: 'step', index: 2 },
      { kind: 'summary' },
    ]);
  });
});
