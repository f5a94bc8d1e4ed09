import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import type { Condition, Field } from '../types';
import { lintReachability } from './lintReachability';

const yesNo: Field = { id: 'sn', kind: 'yes-no', label: { it: 'Sì o no' } };
const choice: Field = {
  id: 'scelta',
  kind: 'single-choice',
  label: { it: 'Scelta' },
  props: {
    options: [
      { value: 'a', label: { it: 'A' } },
      { value: 'b', label: { it: 'B' } },
    ],
  },
};
const many: Field = { ...choice, id: 'molte', kind: 'multiple-choice' };
const num: Field = { id: 'num', kind: 'number', label: { it: 'Numero' }, props: { min: 0, max: 10 } };
const consent: Field = { id: 'ok', kind: 'privacy-consent', label: { it: 'Letto' } };
const info: Field = {
  id: 'info',
  kind: 'info-text',
  label: { it: 'Info' },
  props: { markdown: { it: 'Testo.' } },
};
const earlier = [yesNo, choice, many, num, consent, info, text('testo')];

const unreachable = (condition: Condition) =>
  lintReachability(
    makeModule([{ id: 'uno', title: { it: 'Uno' }, fields: [...earlier, text('x', { condition })] }]),
  ).map((f) => f.code);

describe('lintReachability', () => {
  it('accepts conditions that can hold', () => {
    const ok: Condition[] = [
      { field: 'sn', op: 'equals', value: false },
      { field: 'scelta', op: 'in', values: ['z', 'b'] },
      { field: 'molte', op: 'includes', value: 'a' },
      { field: 'num', op: 'gte', value: 10 },
      { field: 'testo', op: 'equals', value: 'qualcosa' },
      { field: 'ok', op: 'equals', value: true },
      {
        any: [
          { field: 'sn', op: 'equals', value: 'si' },
          { field: 'sn', op: 'answered' },
        ],
      },
      { not: { field: 'scelta', op: 'equals', value: 'zz' } },
    ];
    for (const c of ok) expect(unreachable(c), JSON.stringify(c)).toEqual([]);
  });

  it('flags conditions that can never hold', () => {
    const never: Condition[] = [
      { field: 'sn', op: 'equals', value: 'si' },
      { field: 'scelta', op: 'equals', value: 'c' },
      { field: 'scelta', op: 'in', values: ['c', 'd'] },
      { field: 'scelta', op: 'gt', value: 1 },
      { field: 'molte', op: 'equals', value: 'a' },
      { field: 'molte', op: 'includes', value: 'z' },
      { field: 'testo', op: 'includes', value: 'a' },
      { field: 'num', op: 'gt', value: 10 },
      { field: 'num', op: 'equals', value: '5' },
      { field: 'ok', op: 'notEquals', value: true },
      { field: 'info', op: 'answered' },
      {
        all: [
          { field: 'sn', op: 'answered' },
          { field: 'sn', op: 'equals', value: 1 },
        ],
      },
    ];
    for (const c of never) expect(unreachable(c), JSON.stringify(c)).toEqual(['unreachable_field']);
  });

  it('explains why in Italian', () => {
    const [finding] = lintReachability(
      makeModule([
        {
          id: 'uno',
          title: { it: 'Uno' },
          fields: [choice, text('x', { condition: { field: 'scelta', op: 'equals', value: 'c' } })],
        },
      ]),
    );
    expect(finding).toMatchObject({
      severity: 'warning',
      subject: 'x',
      path: '/steps/0/fields/1/condition',
      message:
        'Il campo "x" non viene mai mostrato: "c" non è tra i valori possibili di "scelta" ("a", "b").',
    });
  });

  it('reports an unreachable step once, and fields that depend on unreachable ones', () => {
    const m = makeModule([
      { id: 'uno', title: { it: 'Uno' }, fields: [yesNo] },
      {
        id: 'due',
        title: { it: 'Due' },
        condition: { field: 'sn', op: 'equals', value: 'forse' },
        fields: [text('a'), { id: 'g', kind: 'group', label: { it: 'G' }, fields: [text('b')] }],
      },
      {
        id: 'tre',
        title: { it: 'Tre' },
        fields: [
          text('c', { condition: { field: 'a', op: 'answered' } }),
          text('d', { condition: { not: { field: 'a', op: 'equals', value: 'x' } } }),
        ],
      },
    ]);
    expect(lintReachability(m).map((f) => `${f.code}@${f.subject}`)).toEqual([
      'unreachable_step@due',
      'unreachable_field@c',
      'unreachable_field@d',
    ]);
  });
});
