import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import { removeStep } from './removeStep';

const m = makeModule([
  { id: 'uno', title: { it: 'Uno' }, fields: [text('a')] },
  {
    id: 'due',
    title: { it: 'Due' },
    condition: { field: 'a', op: 'answered' },
    fields: [text('b'), text('c', { condition: { field: 'b', op: 'answered' } })],
  },
  { id: 'tre', title: { it: 'Tre' }, fields: [text('d')] },
]);

describe('removeStep', () => {
  it('removes a step and its fields, even when they read each other', () => {
    const result = removeStep(m, { id: 'due' });
    expect(result.ok && result.value.steps.map((s) => s.id)).toEqual(['uno', 'tre']);
  });

  it('refuses a step whose fields a later condition reads', () => {
    const result = removeStep(m, { id: 'uno' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'field_in_use', path: '/steps/0', message: expect.stringContaining('"due"') },
    });
  });

  it('refuses the last step and unknown steps', () => {
    expect(removeStep(makeModule(), { id: 'dati' })).toMatchObject({
      ok: false,
      error: { code: 'last_step' },
    });
    expect(removeStep(m, { id: 'zz' })).toMatchObject({ ok: false, error: { code: 'unknown_step' } });
  });
});
