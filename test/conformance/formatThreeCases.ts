import type { Module } from '@modulo/form-model';
import { exitCases, exitModule } from '@modulo/form-model';
import type { ConformanceCase, ConformanceSuite } from './ConformanceCase';

/**
 * Format 3 constructs that the compiled schema carries: eligibility exits (model-core's exit
 * cases, as data) and `requiredWhen`. Built in TypeScript rather than `cases/*.json` because
 * those go through `parseModule`, whose format-3 meta-schema lands with model-core.
 */
export function formatThreeCases(): ConformanceSuite {
  const exits = exitCases.map((c): ConformanceCase => ({
    module: exitModule.id,
    name: `exit: ${c.name}`,
    data: c.answers,
    expectValid: c.exitId === undefined,
    ...(c.exitId === undefined ? {} : { expectPaths: [''] }),
  }));
  const hiddenStepExit: ConformanceCase = {
    module: exitModule.id,
    name: 'exit: a hidden step’s exit is not reached, its answer is refused as hidden',
    data: { residente: true, tipo: 'affitto', isee: 9000000 },
    expectValid: false,
    expectPaths: ['/isee'],
  };
  return {
    modules: [exitModule, requiredWhenModule],
    cases: [
      ...exits,
      hiddenStepExit,
      ...requiredWhenCases.map((c): ConformanceCase => ({ ...c, module: requiredWhenModule.id })),
    ],
  };
}

const option = (value: string) => ({ value, label: { it: value } });

/** A request filed by a person or a company: what a company must add. */
const requiredWhenModule: Module = {
  ...exitModule,
  id: 'conformance-required-when',
  exits: [],
  steps: [
    {
      id: 'richiedente',
      title: { it: 'Richiedente' },
      fields: [
        {
          id: 'tipo',
          kind: 'single-choice',
          label: { it: 'Presenti la domanda come' },
          required: true,
          props: { options: [option('privato'), option('impresa')] },
        },
        {
          id: 'pec',
          kind: 'pec',
          label: { it: 'PEC' },
          requiredWhen: { field: 'tipo', op: 'equals', value: 'impresa' },
        },
        {
          id: 'note',
          kind: 'short-text',
          label: { it: 'Note' },
          requiredWhen: { field: 'tipo', op: 'equals', value: 'impresa' },
        },
        { id: 'dipendenti', kind: 'number', label: { it: 'Dipendenti' }, props: { integer: true, min: 0 } },
        {
          id: 'codiceAteco',
          kind: 'short-text',
          label: { it: 'Codice ATECO' },
          condition: { field: 'tipo', op: 'equals', value: 'impresa' },
          requiredWhen: { field: 'dipendenti', op: 'gt', value: 10 },
        },
        { id: 'haFigli', kind: 'yes-no', label: { it: 'Hai figli?' } },
        {
          id: 'figli',
          kind: 'repeatable',
          label: { it: 'Figli' },
          requiredWhen: { field: 'haFigli', op: 'equals', value: true },
          fields: [{ id: 'nome', kind: 'short-text', label: { it: 'Nome' }, required: true }],
        },
      ],
    },
  ],
};

const requiredWhenCases: Omit<ConformanceCase, 'module'>[] = [
  { name: 'a person needs none of it', data: { tipo: 'privato' }, expectValid: true },
  {
    name: 'a company without a PEC',
    data: { tipo: 'impresa', note: 'x' },
    expectValid: false,
    expectPaths: ['/pec'],
  },
  {
    name: 'a company with a PEC',
    data: { tipo: 'impresa', pec: 'ditta@pec.example.it', note: 'x' },
    expectValid: true,
  },
  {
    name: 'a blank note does not answer a required note',
    data: { tipo: 'impresa', pec: 'ditta@pec.example.it', note: '' },
    expectValid: false,
    expectPaths: ['/note'],
  },
  { name: 'a blank note is fine when not required', data: { tipo: 'privato', note: '' }, expectValid: true },
  {
    name: 'a shown field required by another answer',
    data: { tipo: 'impresa', pec: 'ditta@pec.example.it', note: 'x', dipendenti: 20 },
    expectValid: false,
    expectPaths: ['/codiceAteco'],
  },
  {
    name: 'a hidden field is never required',
    data: { tipo: 'privato', dipendenti: 20 },
    expectValid: true,
  },
  {
    name: 'a required list needs an entry',
    data: { tipo: 'privato', haFigli: true, figli: [] },
    expectValid: false,
    expectPaths: ['/figli'],
  },
  {
    name: 'a required list with an entry',
    data: { tipo: 'privato', haFigli: true, figli: [{ nome: 'Anna' }] },
    expectValid: true,
  },
];
