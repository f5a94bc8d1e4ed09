import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import type { Condition } from '../types';
import { findField } from '../walkFields';
import { setCondition } from './setCondition';

const m = makeModule([
  {
    id: 'uno',
    title: { it: 'Uno' },
    fields: [
      text('a'),
      text('b', { condition: { field: 'a', op: 'answered' } }),
      { id: 'g', kind: 'group', label: { it: 'G' }, fields: [text('c'), text('d')] },
    ],
  },
  { id: 'due', title: { it: 'Due' }, fields: [text('e')] },
]);
const code = (r: ReturnType<typeof setCondition>) => (r.ok ? 'ok' : r.error.code);
const onField = (fieldId: string, condition: Condition | undefined) =>
  setCondition(m, { target: { fieldId }, condition });

describe('setCondition', () => {
  it('sets a condition on a field or a step, copying it', () => {
    const condition: Condition = { field: 'a', op: 'equals', value: 'si' };
    const result = onField('e', condition);
    if (!result.ok) throw new Error(result.error.message);
    expect(findField(result.value, 'e')?.field.condition).toEqual(condition);
    expect(findField(result.value, 'e')?.field.condition).not.toBe(condition);
    const step = setCondition(m, {
      target: { stepId: 'due' },
      condition: { any: [condition, { field: 'b', op: 'answered' }] },
    });
    expect(step.ok && step.value.steps[1]?.condition).toEqual({
      any: [condition, { field: 'b', op: 'answered' }],
    });
  });

  it('clears a condition', () => {
    const result = onField('b', undefined);
    expect(result.ok && findField(result.value, 'b')?.field).not.toHaveProperty('condition');
  });

  it('lets a section child read an earlier sibling', () => {
    expect(code(onField('d', { field: 'c', op: 'answered' }))).toBe('ok');
  });

  it('refuses unknown, later, own and out-of-scope fields', () => {
    expect(code(onField('b', { field: 'zz', op: 'answered' }))).toBe('unknown_field');
    expect(code(onField('a', { field: 'b', op: 'answered' }))).toBe('condition_on_later_field');
    expect(code(onField('a', { all: [{ field: 'a', op: 'answered' }] }))).toBe('condition_cycle');
    expect(code(onField('g', { field: 'c', op: 'answered' }))).toBe('condition_cycle');
    expect(code(onField('c', { field: 'b', op: 'answered' }))).toBe('ok'); // an enclosing level, before g
    expect(code(onField('c', { field: 'e', op: 'answered' }))).toBe('condition_on_later_field');
    expect(code(onField('c', { field: 'g', op: 'answered' }))).toBe('condition_cycle');
    expect(code(onField('e', { field: 'c', op: 'answered' }))).toBe('condition_out_of_scope');
    expect(
      code(setCondition(m, { target: { stepId: 'uno' }, condition: { field: 'a', op: 'answered' } })),
    ).toBe('condition_cycle');
    expect(
      code(setCondition(m, { target: { stepId: 'uno' }, condition: { field: 'e', op: 'answered' } })),
    ).toBe('condition_on_later_field');
  });

  it('refuses malformed conditions and unknown targets', () => {
    const bad = (c: unknown) => code(onField('e', c as Condition));
    expect(bad({ field: 'a', op: 'gt', value: 'tre' })).toBe('invalid_property');
    expect(bad({ field: 'a', op: 'in', values: [] })).toBe('invalid_property');
    expect(bad({ all: [] })).toBe('invalid_property');
    expect(bad({ field: 'a', op: 'like', value: 'x' })).toBe('invalid_property');
    expect(bad({ field: 'a', op: 'answered', value: 1 })).toBe('invalid_property');
    expect(code(onField('zz', undefined))).toBe('unknown_field');
    expect(code(setCondition(m, { target: { stepId: 'zz' }, condition: undefined }))).toBe('unknown_step');
  });

  it('explains the refusal from the catalogue, with the pointer of the condition and the field id', () => {
    expect(onField('a', { field: 'b', op: 'answered' })).toEqual({
      ok: false,
      error: {
        code: 'condition_on_later_field',
        params: { owner: 'a', ownerType: 'field', property: 'condition', reads: 'b' },
        path: '/steps/0/fields/0/condition',
        id: 'a',
        message:
          'La condizione di "a" usa "b", che viene dopo: una condizione può usare solo risposte precedenti.',
      },
    });
  });
});
