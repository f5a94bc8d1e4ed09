import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import type { Field } from '../types';
import { lintModule } from './lintModule';

const choice = (id: string, values: string[], extra: Partial<Field> = {}): Field => ({
  id,
  kind: 'single-choice',
  label: { it: `Scelta ${id}` },
  props: { options: values.map((value) => ({ value, label: { it: value } })) },
  ...extra,
});
const codes = (fields: Field[]) =>
  lintModule(makeModule([{ id: 'uno', title: { it: 'Uno' }, fields }])).map((f) => `${f.code}@${f.subject}`);

describe('lintModule', () => {
  it('finds nothing in a clean module', () => {
    expect(lintModule(makeModule([{ id: 'uno', title: { it: 'Dati' }, fields: [text('nome')] }]))).toEqual(
      [],
    );
  });

  it('reports broken conditions as errors', () => {
    const found = codes([
      text('a', { condition: { field: 'b', op: 'answered' } }),
      text('b', { condition: { field: 'b', op: 'answered' } }),
      text('c', { condition: { field: 'zz', op: 'answered' } }),
    ]);
    expect(found).toEqual(['condition_on_later_field@a', 'condition_cycle@b', 'unknown_field@c']);
  });

  it('reports duplicated ids, choices without or with repeated options, empty info texts and sections', () => {
    const found = codes([
      text('a'),
      text('a'),
      choice('s', []),
      choice('t', ['x', 'y', 'x']),
      { id: 'info', kind: 'info-text', label: { it: 'Info' }, props: { markdown: { it: ' ' } } },
      { id: 'g', kind: 'group', label: { it: 'Sezione' }, fields: [] },
    ]);
    expect(found).toEqual([
      'duplicate_id@a',
      'no_options@s',
      'duplicate_option@t',
      'missing_markdown@info',
      'empty_container@g',
    ]);
  });

  it('puts errors before warnings before info', () => {
    const findings = lintModule(
      makeModule([
        { id: 'uno', title: { it: 'Uno' }, fields: [] },
        {
          id: 'due',
          title: { it: 'Due' },
          fields: [{ id: 'conto', kind: 'iban', label: { it: 'IBAN' } }, text('x', { label: { it: ' ' } })],
        },
      ]),
    );
    expect(findings.map((f) => [f.severity, f.code])).toEqual([
      ['error', 'missing_label'],
      ['warning', 'empty_step'],
      ['info', 'missing_help'],
    ]);
  });
});
