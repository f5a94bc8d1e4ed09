import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { braidModule, chainModule } from './testing/chainModules';
import { makeModule, text } from './testing/makeModule';
import type { Module } from './types';
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
    // Each condition is written once under $defs, with a $ref to the visibility of what it reads.
    expect(validates?.if).toEqual({ $ref: '#/$defs/visible-b' });
    expect(schema.$defs).toEqual({
      'visible-b': { properties: { a: { const: 'si' } }, required: ['a'] },
      'visible-c': {
        allOf: [{ properties: { b: { const: 'x' } }, required: ['b'] }, { $ref: '#/$defs/visible-b' }],
      },
    });
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

describe('compile: schema size', () => {
  const size = (m: Module) => JSON.stringify(compile(m).schema).length;

  it('grows linearly with a chain of conditions (each condition written once, then $ref)', () => {
    // Copying each field's conditions into every reader made these ~216 KB and ~3.3 MB.
    expect(size(chainModule(80))).toBeLessThan(60_000);
    expect(size(braidModule(20))).toBeLessThan(60_000);
    const perField = (size(chainModule(80)) - size(chainModule(40))) / 40;
    expect(perField).toBeLessThan(size(chainModule(40)) / 40 + 50);
    const braid = (size(braidModule(40)) - size(braidModule(20))) / 20;
    expect(braid).toBeLessThan(size(braidModule(20)) / 20 + 50);
  });

  it('still enforces every link of the chain', () => {
    const braid = braidModule(20);
    const full = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, `v${i}`]));
    expect(validateSubmission(braid, full)).toEqual([]);
    // f5 breaks f7's condition; f7 hidden hides f8 and f9 (they read it), and so on down.
    const broken = { ...full, f5: 'altro' };
    expect(validateSubmission(braid, broken).map((e) => e.path)).toEqual(
      Array.from({ length: 13 }, (_, i) => `/f${i + 7}`),
    );
    expect(validateSubmission(chainModule(80), { f0: 'a', f1: 'b', f3: 'd' }).map((e) => e.path)).toEqual([
      '/f3',
    ]);
  });
});

describe('compile: requiredWhen', () => {
  const m = makeModule([
    {
      id: 'uno',
      title: { it: 'Uno' },
      fields: [
        text('tipo'),
        text('pec', { requiredWhen: { field: 'tipo', op: 'equals', value: 'impresa' } }),
      ],
    },
  ]);

  it('compiles to if/then required, with the schema of a required answer', () => {
    const { schema } = compile(m);
    expect(schema.allOf).toEqual([
      {
        if: { properties: { tipo: { const: 'impresa' } }, required: ['tipo'] },
        then: { required: ['pec'], properties: { pec: expect.objectContaining({ minLength: 1 }) } },
      },
    ]);
  });

  it('demands the answer only while the condition holds', () => {
    expect(validateSubmission(m, { tipo: 'privato' })).toEqual([]);
    expect(validateSubmission(m, { tipo: 'impresa' }).map((e) => [e.path, e.code])).toEqual([
      ['/pec', 'required'],
    ]);
    expect(validateSubmission(m, { tipo: 'impresa', pec: '' }).map((e) => [e.path, e.code])).toEqual([
      ['/pec', 'too_short'],
    ]);
  });
});
