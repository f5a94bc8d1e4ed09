import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { makeModule, text } from './testing/makeModule';
import { validateSubmission } from './validateSubmission';

const conditional = makeModule([
  {
    id: 'uno',
    title: { it: 'Uno' },
    fields: [
      text('a', { required: true }),
      text('b', { required: true, condition: { field: 'a', op: 'equals', value: 'si' } }),
      text('c', { condition: { field: 'b', op: 'equals', value: 'x' } }),
    ],
  },
]);

describe('compile', () => {
  it('declares a conditional field only inside then, and closes the object', () => {
    const { schema } = compile(conditional);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.unevaluatedProperties).toBe(false);
    expect(Object.keys(schema.properties as object)).toEqual(['a']);
    expect(schema.allOf).toHaveLength(2);
  });

  it('enforces conditions with a plain 2020-12 validator', () => {
    expect(validateSubmission(conditional, { a: 'no' })).toEqual([]);
    expect(validateSubmission(conditional, { a: 'si', b: 'y' })).toEqual([]);
    expect(validateSubmission(conditional, { a: 'si' }).map((e) => [e.path, e.code])).toEqual([
      ['/b', 'required'],
    ]);
    expect(validateSubmission(conditional, { a: 'no', b: 'x' }).map((e) => [e.path, e.code])).toEqual([
      ['/b', 'not_allowed'],
    ]);
    expect(validateSubmission(conditional, { a: 'si', b: 'x', d: 1 }).map((e) => e.path)).toEqual(['/d']);
  });

  it('rejects a hidden answer even when a later condition reads it', () => {
    // b is hidden (a is "no") but set to "x", which would show c: c must not rescue b.
    const errors = validateSubmission(conditional, { a: 'no', b: 'x', c: 'z' });
    expect(errors.map((e) => e.path).sort()).toEqual(['/b', '/c']);
  });

  it('applies a step condition to every field of the step', () => {
    const m = makeModule([
      { id: 'uno', title: { it: 'Uno' }, fields: [text('a')] },
      {
        id: 'due',
        title: { it: 'Due' },
        condition: { field: 'a', op: 'equals', value: 'si' },
        fields: [text('b', { required: true })],
      },
    ]);
    expect(validateSubmission(m, {})).toEqual([]);
    expect(validateSubmission(m, { a: 'si' }).map((e) => e.path)).toEqual(['/b']);
  });

  it('gives Italian and English messages naming the field', () => {
    const [error] = validateSubmission(conditional, {});
    expect(error?.message).toBe('Il campo «Campo a» è obbligatorio.');
    expect(error?.messageEn).toBe('"Campo a" is required.');
  });
});
