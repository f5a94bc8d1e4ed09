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
    // Two entries per conditional field: one validates the answer, one marks it evaluated.
    expect(schema.allOf).toHaveLength(4);
    const [validates, marks] = schema.allOf as { if: unknown; then: unknown }[];
    expect(marks).toEqual({ if: validates?.if, then: { properties: { b: true } } });
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

  it('reports a wrong answer to a shown field once, not also as not allowed', () => {
    // A `then` that fails drops its annotations (2020-12 core 7.7.1), so the field would count as
    // unevaluated and get a second, false "hidden" error: the `if` marks it evaluated instead.
    const tooLong = { a: 'si', b: 'x'.repeat(201) };
    expect(validateSubmission(conditional, tooLong).map((e) => [e.path, e.code])).toEqual([
      ['/b', 'too_long'],
    ]);
    const group = makeModule([
      {
        id: 'uno',
        title: { it: 'Uno' },
        fields: [
          text('a'),
          {
            id: 'g',
            kind: 'group',
            label: { it: 'Gruppo' },
            condition: { field: 'a', op: 'equals', value: 'si' },
            fields: [{ id: 'cap', kind: 'cap', label: { it: 'CAP' } }],
          },
        ],
      },
    ]);
    expect(validateSubmission(group, { a: 'si', g: { cap: '00000' } }).map((e) => e.path)).toEqual([
      '/g/cap',
    ]);
    expect(validateSubmission(group, { a: 'no', g: { cap: '00184' } }).map((e) => e.path)).toEqual(['/g']);
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
