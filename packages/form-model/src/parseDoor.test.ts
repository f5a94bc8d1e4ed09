import { describe, expect, it } from 'vitest';
import { parseModule } from './parseModule';
import { exitModule } from './testing/exitCases';
import { feeModule } from './testing/feeCases';
import { makeModule, text } from './testing/makeModule';
import { routingModule } from './testing/routingCases';
import type { Condition, Field, Module } from './types';

/** [code, path] of a refusal, or 'ok'. */
const verdict = (m: unknown) => {
  const r = parseModule(JSON.parse(JSON.stringify(m)));
  return r.ok ? 'ok' : [r.error.code, r.error.path];
};
const answered = (field: string): Condition => ({ field, op: 'answered' });
const list = (id: string, fields: Field[], extra: Partial<Field> = {}): Field => ({
  id,
  kind: 'repeatable',
  label: { it: id },
  fields,
  ...extra,
});

/**
 * Two steps: "uno" = a, b, g (group: c, d), figli (list: nome, certificato); "due" = e.
 * `edit` changes a field's own data before the module is parsed.
 */
function module(edit: Record<string, Partial<Field>> = {}): Module {
  const f = (field: Field): Field => ({
    ...field,
    ...edit[field.id],
    ...(field.fields ? { fields: field.fields.map(f) } : {}),
  });
  return makeModule([
    {
      id: 'uno',
      title: { it: 'Uno' },
      fields: [
        text('a'),
        text('b'),
        { id: 'g', kind: 'group', label: { it: 'G' }, fields: [text('c'), text('d')] },
        list('figli', [text('nome'), text('certificato')]),
      ].map(f),
    },
    {
      id: 'due',
      title: { it: 'Due' },
      fields: [text('e'), { id: 'data', kind: 'date', label: { it: 'Data' } }].map(f),
    },
  ]);
}

describe('parseModule is the only door: references are checked at parse time (format 3)', () => {
  it('accepts the scope rule: an earlier field of the same level or of an enclosing one', () => {
    expect(verdict(module({ b: { condition: answered('a') } }))).toBe('ok');
    expect(
      verdict(module({ e: { condition: answered('d') === undefined ? answered('a') : answered('a') } })),
    ).toBe('ok');
    expect(verdict(module({ d: { condition: answered('c') } }))).toBe('ok');
    // A list item's field depends on a top-level answer given before the list.
    expect(verdict(module({ certificato: { condition: answered('a') } }))).toBe('ok');
    expect(verdict(module({ certificato: { condition: answered('nome') } }))).toBe('ok');
  });

  it('refuses a condition on a later field, with the pointer of the condition', () => {
    expect(verdict(module({ a: { condition: answered('b') } }))).toEqual([
      'condition_on_later_field',
      '/steps/0/fields/0/condition',
    ]);
    expect(verdict(module({ c: { condition: answered('d') } }))).toEqual([
      'condition_on_later_field',
      '/steps/0/fields/2/fields/0/condition',
    ]);
    // An enclosing level's field that comes after the container is later too.
    expect(verdict(module({ nome: { condition: answered('e') } }))).toEqual([
      'condition_on_later_field',
      '/steps/0/fields/3/fields/0/condition',
    ]);
  });

  it('refuses condition cycles: a field reading itself, its own container or its content', () => {
    expect(verdict(module({ a: { condition: { not: answered('a') } } }))).toEqual([
      'condition_cycle',
      '/steps/0/fields/0/condition',
    ]);
    expect(verdict(module({ c: { condition: answered('g') } }))).toEqual([
      'condition_cycle',
      '/steps/0/fields/2/fields/0/condition',
    ]);
    expect(verdict(module({ g: { condition: answered('c') } }))).toEqual([
      'condition_cycle',
      '/steps/0/fields/2/condition',
    ]);
  });

  it('refuses a condition out of scope: a field inside another container', () => {
    expect(verdict(module({ e: { condition: answered('c') } }))).toEqual([
      'condition_out_of_scope',
      '/steps/1/fields/0/condition',
    ]);
    expect(verdict(module({ nome: { condition: answered('d') } }))).toEqual([
      'condition_out_of_scope',
      '/steps/0/fields/3/fields/0/condition',
    ]);
  });

  it('checks requiredWhen and date rules like conditions; a date rule names a date field', () => {
    expect(verdict(module({ e: { requiredWhen: answered('a') } }))).toBe('ok');
    expect(verdict(module({ a: { requiredWhen: answered('zz') } }))).toEqual([
      'unknown_field',
      '/steps/0/fields/0/requiredWhen',
    ]);
    const rule = (field: string) => ({ dateRules: [{ op: 'notBefore' as const, ref: { field } }] });
    expect(verdict(module({ data: { dateRules: [{ op: 'notBefore', ref: { filingDay: true } }] } }))).toBe(
      'ok',
    );
    expect(verdict(module({ data: rule('e') }))).toEqual([
      'wrong_field_kind',
      '/steps/1/fields/1/dateRules/0/ref/field',
    ]);
    expect(verdict(module({ data: rule('nessuno') }))).toEqual([
      'unknown_field',
      '/steps/1/fields/1/dateRules/0/ref/field',
    ]);
  });

  it('refuses unknown, nested or later fields in routing rules, exits and fees', () => {
    const rule = routingModule.procedure.routing?.[0];
    if (!rule) throw new Error('no rule');
    const routed = (when: Condition) => ({
      ...routingModule,
      procedure: { ...routingModule.procedure, routing: [{ ...rule, when }] },
    });
    expect(verdict(routed(answered('comune')))).toBe('ok');
    expect(verdict(routed({ all: [answered('comune'), answered('provincia')] }))).toEqual([
      'unknown_field',
      '/procedure/routing/0/when',
    ]);

    const exit = exitModule.exits?.[0];
    if (!exit) throw new Error('no exit');
    expect(verdict({ ...exitModule, exits: [{ ...exit, when: answered('reddito') }] })).toEqual([
      'unknown_field',
      '/exits/0/when',
    ]);
    // A step's exit reads answers up to its step, not later ones.
    const early = { ...exitModule.steps[0]!, exits: [{ ...exit, id: 'presto', when: answered('isee') }] };
    expect(verdict({ ...exitModule, steps: [early, exitModule.steps[1]!] })).toEqual([
      'condition_on_later_field',
      '/steps/0/exits/0/when',
    ]);

    const fees = feeModule.procedure.fees;
    const canone = fees[2]!;
    const withLine = (line: object) => ({
      ...feeModule,
      procedure: { ...feeModule.procedure, fees: [{ ...canone, lines: [line] }] },
    });
    const line = { id: 'l', label: { it: 'L' }, cents: 100 };
    expect(verdict(withLine({ ...line, factors: [{ field: 'metri' }] }))).toEqual([
      'unknown_field',
      '/procedure/fees/0/lines/0/factors/0/field',
    ]);
    expect(verdict(withLine({ ...line, factors: [{ countOf: 'superficie' }] }))).toEqual([
      'wrong_field_kind',
      '/procedure/fees/0/lines/0/factors/0/countOf',
    ]);
    expect(verdict(withLine({ ...line, factors: [{ field: 'merce' }] }))).toEqual([
      'condition_out_of_scope',
      '/procedure/fees/0/lines/0/factors/0/field',
    ]);
    expect(verdict(withLine({ ...line, when: answered('zona2') }))).toEqual([
      'unknown_field',
      '/procedure/fees/0/lines/0/when',
    ]);
  });

  it('refuses duplicate ids among routing rules, exits, fees and a fee’s lines', () => {
    const rules = routingModule.procedure.routing ?? [];
    expect(
      verdict({ ...routingModule, procedure: { ...routingModule.procedure, routing: [rules[0], rules[0]] } }),
    ).toEqual(['duplicate_id', '/procedure/routing/1/id']);
    const exit = exitModule.exits?.[0];
    const step = { ...exitModule.steps[1]!, exits: [{ ...exit, when: answered('isee') }] };
    expect(verdict({ ...exitModule, steps: [exitModule.steps[0], step] })).toEqual([
      'duplicate_id',
      '/steps/1/exits/0/id',
    ]);
  });
});
