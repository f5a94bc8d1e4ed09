import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import { moveStep } from './moveStep';

const m = makeModule([
  { id: 'uno', title: { it: 'Uno' }, fields: [text('a')] },
  { id: 'due', title: { it: 'Due' }, fields: [text('b', { condition: { field: 'a', op: 'answered' } })] },
  { id: 'tre', title: { it: 'Tre' }, fields: [text('c')] },
]);
const ids = (r: ReturnType<typeof moveStep>) => (r.ok ? r.value.steps.map((s) => s.id) : r.error.code);

describe('moveStep', () => {
  it('moves a step when no condition then reads ahead', () => {
    expect(ids(moveStep(m, { id: 'tre', index: 0 }))).toEqual(['tre', 'uno', 'due']);
    expect(ids(moveStep(m, { id: 'tre', index: 1 }))).toEqual(['uno', 'tre', 'due']);
  });

  it('refuses a move that puts a read field after its reader', () => {
    expect(moveStep(m, { id: 'due', index: 0 })).toMatchObject({
      ok: false,
      error: {
        code: 'condition_on_later_field',
        id: 'due',
        path: '/steps/0/fields/0/condition',
        message: expect.stringContaining('"b"') as string,
      },
    });
    expect(ids(moveStep(m, { id: 'uno', index: 2 }))).toBe('condition_on_later_field');
  });

  it('refuses unknown steps and bad positions', () => {
    expect(ids(moveStep(m, { id: 'zz', index: 0 }))).toBe('unknown_step');
    expect(ids(moveStep(m, { id: 'uno', index: 3 }))).toBe('index_out_of_range');
    expect(ids(moveStep(m, { id: 'uno', index: -1 }))).toBe('index_out_of_range');
  });
});
