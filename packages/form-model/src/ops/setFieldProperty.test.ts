import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import { findField } from '../walkFields';
import type { SetFieldPropertyArgs } from './setFieldProperty';
import { setFieldProperty } from './setFieldProperty';

const m = makeModule([
  {
    id: 'uno',
    title: { it: 'Uno' },
    fields: [
      text('a', { props: { maxLength: 10 } }),
      text('b', { condition: { all: [{ field: 'a', op: 'answered' }] } }),
    ],
  },
  {
    id: 'due',
    title: { it: 'Due' },
    condition: { not: { field: 'a', op: 'equals', value: 'x' } },
    fields: [text('c')],
  },
]);
const field = (args: SetFieldPropertyArgs, id = args.id) => {
  const result = setFieldProperty(m, args);
  return result.ok ? findField(result.value, id)?.field : result.error.code;
};

describe('setFieldProperty', () => {
  it('sets and clears label, help, required, prefill and readOnlyWhenPrefilled', () => {
    expect(field({ id: 'a', property: 'label', value: { it: 'Nome' } })).toMatchObject({
      label: { it: 'Nome' },
    });
    expect(field({ id: 'a', property: 'help', value: { it: 'Come sul documento.' } })).toMatchObject({
      help: { it: 'Come sul documento.' },
    });
    expect(field({ id: 'a', property: 'help', value: { it: '  ' } })).not.toHaveProperty('help');
    expect(field({ id: 'a', property: 'required', value: true })).toMatchObject({ required: true });
    expect(field({ id: 'a', property: 'prefill', value: 'givenName' })).toMatchObject({
      prefill: 'givenName',
    });
    expect(field({ id: 'a', property: 'readOnlyWhenPrefilled', value: undefined })).not.toHaveProperty(
      'readOnlyWhenPrefilled',
    );
  });

  it('sets and clears a kind prop, dropping an emptied props object', () => {
    expect(field({ id: 'a', property: 'props.minLength', value: 2 })).toMatchObject({
      props: { maxLength: 10, minLength: 2 },
    });
    expect(field({ id: 'a', property: 'props.maxLength', value: undefined })).not.toHaveProperty('props');
  });

  it('renames an id everywhere a condition reads it', () => {
    const result = setFieldProperty(m, { id: 'a', property: 'id', value: 'nome' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.steps[0]?.fields[1]?.condition).toEqual({ all: [{ field: 'nome', op: 'answered' }] });
    expect(result.value.steps[1]?.condition).toEqual({ not: { field: 'nome', op: 'equals', value: 'x' } });
    expect(m.steps[1]?.condition).toEqual({ not: { field: 'a', op: 'equals', value: 'x' } });
  });

  it('refuses invalid values', () => {
    expect(field({ id: 'zz', property: 'required', value: true })).toBe('unknown_field');
    expect(field({ id: 'a', property: 'id', value: 'b' })).toBe('duplicate_id');
    expect(field({ id: 'a', property: 'id', value: 'due' })).toBe('duplicate_id');
    expect(field({ id: 'a', property: 'id', value: '1a' })).toBe('invalid_id');
    expect(field({ id: 'a', property: 'label', value: { it: '' } })).toBe('invalid_property');
    expect(field({ id: 'a', property: 'required', value: 'yes' as unknown as boolean })).toBe(
      'invalid_property',
    );
    expect(field({ id: 'a', property: 'prefill', value: 'shoeSize' as 'email' })).toBe('invalid_property');
    expect(field({ id: 'a', property: 'props.maxLength', value: Number.NaN })).toBe('invalid_property');
    expect(field({ id: 'a', property: 'props.', value: 1 })).toBe('invalid_property');
  });

  it('refuses a prop its kind does not have or would refuse, as parseModule does', () => {
    const refused = (args: SetFieldPropertyArgs) => {
      const result = setFieldProperty(m, args);
      return result.ok ? 'ok' : [result.error.code, result.error.id, result.error.details?.[0]?.path];
    };
    expect(refused({ id: 'a', property: 'props.maxlenght', value: 10 })).toEqual([
      'invalid_property',
      'a',
      '/steps/0/fields/0/props/maxlenght',
    ]);
    expect(refused({ id: 'c', property: 'props.maxLength', value: 'dieci' })).toEqual([
      'invalid_property',
      'c',
      '/steps/1/fields/0/props/maxLength',
    ]);
    expect(refused({ id: 'a', property: 'props.minLength', value: 11 })).toEqual([
      'invalid_property',
      'a',
      '/steps/0/fields/0/props/maxLength',
    ]);
    expect(refused({ id: 'a', property: 'props.pattern', value: '(' })).toEqual([
      'invalid_property',
      'a',
      '/steps/0/fields/0/props/pattern',
    ]);
    const result = setFieldProperty(m, { id: 'a', property: 'props.maxLength', value: 'dieci' });
    expect(result.ok ? 'ok' : result.error.message).toBe(
      'Il campo "a" ha una proprietà non valida: la proprietà "maxLength" deve essere un numero intero.',
    );
  });
});
