import { describe, expect, it } from 'vitest';
import { dropTarget } from './dropTarget';

const field = (stepId: string, index: number) => ({
  source: 'field' as const,
  parent: { stepId },
  index,
  label: 'x',
});

describe('dropTarget', () => {
  it('a palette kind dropped on a field goes before it; on a list, at its end', () => {
    expect(dropTarget({ source: 'palette', kind: 'email' }, field('a', 2))).toEqual({
      parent: { stepId: 'a' },
      index: 2,
    });
    expect(
      dropTarget(
        { source: 'palette', kind: 'email' },
        { source: 'list', parent: { containerId: 'g' }, size: 3, label: 'g' },
      ),
    ).toEqual({ parent: { containerId: 'g' }, index: 3 });
  });

  it('a field dropped on its own list goes last once taken out', () => {
    expect(
      dropTarget(field('a', 0), { source: 'list', parent: { stepId: 'a' }, size: 3, label: 'a' }),
    ).toEqual({
      parent: { stepId: 'a' },
      index: 2,
    });
  });

  it('a field dropped on another takes its place', () => {
    expect(dropTarget(field('a', 0), field('a', 2))).toEqual({ parent: { stepId: 'a' }, index: 2 });
    expect(dropTarget(field('a', 0), field('b', 1))).toEqual({ parent: { stepId: 'b' }, index: 1 });
  });
});
