import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import { parseModule } from '../parseModule';
import { findField } from '../walkFields';
import { removeField } from './removeField';
import { setRequiredWhen } from './setRequiredWhen';

const m = makeModule([
  {
    id: 'uno',
    title: { it: 'Uno' },
    fields: [text('a'), text('b'), { id: 'g', kind: 'group', label: { it: 'G' }, fields: [text('c')] }],
  },
  { id: 'due', title: { it: 'Due' }, fields: [text('e')] },
]);
const code = (r: ReturnType<typeof setRequiredWhen>) => (r.ok ? 'ok' : r.error.code);

describe('setRequiredWhen', () => {
  it('sets a copy of the rule, which parseModule accepts, and clears it', () => {
    const rule = { field: 'a', op: 'answered' } as const;
    const set = setRequiredWhen(m, { fieldId: 'e', condition: rule });
    if (!set.ok) throw new Error(set.error.message);
    expect(findField(set.value, 'e')?.field.requiredWhen).toEqual(rule);
    expect(findField(set.value, 'e')?.field.requiredWhen).not.toBe(rule);
    expect(parseModule(set.value).ok).toBe(true);
    const cleared = setRequiredWhen(set.value, { fieldId: 'e', condition: undefined });
    expect(cleared.ok && findField(cleared.value, 'e')?.field).not.toHaveProperty('requiredWhen');
    expect(setRequiredWhen(m, { fieldId: 'e', condition: undefined })).toEqual({ ok: true, value: m });
  });

  it('refuses a later, own, unknown or out-of-scope field with the model’s reason', () => {
    const later = setRequiredWhen(m, { fieldId: 'a', condition: { field: 'b', op: 'answered' } });
    expect(later).toEqual({
      ok: false,
      error: {
        code: 'condition_on_later_field',
        params: { owner: 'a', ownerType: 'field', property: 'requiredWhen', reads: 'b' },
        path: '/steps/0/fields/0/requiredWhen',
        id: 'a',
        message:
          'La condizione di obbligo di "a" usa "b", che viene dopo: una condizione può usare solo risposte precedenti.',
      },
    });
    expect(code(setRequiredWhen(m, { fieldId: 'a', condition: { field: 'a', op: 'answered' } }))).toBe(
      'condition_cycle',
    );
    expect(code(setRequiredWhen(m, { fieldId: 'e', condition: { field: 'zz', op: 'answered' } }))).toBe(
      'unknown_field',
    );
    expect(code(setRequiredWhen(m, { fieldId: 'e', condition: { field: 'c', op: 'answered' } }))).toBe(
      'condition_out_of_scope',
    );
    expect(code(setRequiredWhen(m, { fieldId: 'zz', condition: undefined }))).toBe('unknown_field');
    expect(code(setRequiredWhen(m, { fieldId: 'g', condition: { field: 'a', op: 'answered' } }))).toBe(
      'invalid_property',
    );
    expect(
      code(setRequiredWhen(m, { fieldId: 'e', condition: { field: 'a', op: 'gt', value: 'x' } as never })),
    ).toBe('invalid_property');
  });

  it('a field the rule reads cannot then be deleted', () => {
    const set = setRequiredWhen(m, { fieldId: 'e', condition: { field: 'a', op: 'answered' } });
    if (!set.ok) throw new Error(set.error.message);
    const removed = removeField(set.value, { id: 'a' });
    expect(removed.ok ? 'ok' : removed.error.code).toBe('field_in_use');
  });
});
