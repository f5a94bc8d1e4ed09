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
    modules: [exitModule, requiredWhenModule, nestedModule],
    cases: [
      ...exits,
      hiddenStepExit,
      ...requiredWhenCases.map((c): ConformanceCase => ({ ...c, module: requiredWhenModule.id })),
      ...nestedCases.map((c): ConformanceCase => ({ ...c, module: nestedModule.id })),
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

/**
 * Fields inside a list item and a group that read top-level answers: a child's certificate
 * asked only when the family declared a disability, a note that reads a conditionally shown
 * top-level answer, a school inside a group inside the item, a group child under `not`.
 */
const nestedModule: Module = {
  ...exitModule,
  id: 'conformance-nested-outer',
  exits: [],
  steps: [
    {
      id: 'famiglia',
      title: { it: 'Famiglia' },
      fields: [
        { id: 'disabilita', kind: 'yes-no', label: { it: 'Un componente ha una disabilità?' } },
        {
          id: 'tipo',
          kind: 'single-choice',
          label: { it: 'Servizio' },
          props: { options: [option('nido'), option('scuola')] },
        },
        {
          id: 'ente',
          kind: 'short-text',
          label: { it: 'Ente che ha certificato' },
          condition: { field: 'disabilita', op: 'equals', value: true },
        },
        {
          id: 'figli',
          kind: 'repeatable',
          label: { it: 'Figli' },
          fields: [
            { id: 'nome', kind: 'short-text', label: { it: 'Nome' }, required: true },
            {
              id: 'certificato',
              kind: 'short-text',
              label: { it: 'Certificato' },
              required: true,
              condition: { field: 'disabilita', op: 'equals', value: true },
            },
            {
              id: 'nota',
              kind: 'short-text',
              label: { it: 'Nota per l’ente' },
              condition: {
                all: [
                  { field: 'ente', op: 'answered' },
                  { field: 'nome', op: 'answered' },
                ],
              },
            },
            {
              id: 'dettagli',
              kind: 'group',
              label: { it: 'Dettagli' },
              fields: [
                {
                  id: 'plesso',
                  kind: 'short-text',
                  label: { it: 'Plesso' },
                  condition: { field: 'tipo', op: 'equals', value: 'scuola' },
                },
              ],
            },
          ],
        },
        {
          id: 'recapito',
          kind: 'group',
          label: { it: 'Recapito' },
          fields: [
            {
              id: 'orari',
              kind: 'short-text',
              label: { it: 'Orari' },
              condition: { not: { field: 'disabilita', op: 'equals', value: true } },
            },
          ],
        },
      ],
    },
  ],
};

const nestedCases: Omit<ConformanceCase, 'module'>[] = [
  {
    name: 'no disability: no certificate',
    data: { disabilita: false, figli: [{ nome: 'Anna' }] },
    expectValid: true,
  },
  {
    name: 'a disability: each child has a certificate',
    data: {
      disabilita: true,
      figli: [
        { nome: 'Anna', certificato: 'C1' },
        { nome: 'Luca', certificato: 'C2' },
      ],
    },
    expectValid: true,
  },
  {
    name: 'a disability: the second child lacks the certificate',
    data: { disabilita: true, figli: [{ nome: 'Anna', certificato: 'C1' }, { nome: 'Luca' }] },
    expectValid: false,
    expectPaths: ['/figli/1/certificato'],
  },
  {
    name: 'no disability: a certificate is a hidden answer',
    data: { disabilita: false, figli: [{ nome: 'Anna', certificato: 'C1' }] },
    expectValid: false,
    expectPaths: ['/figli/0/certificato'],
  },
  {
    name: 'a note reads a shown top-level answer',
    data: { disabilita: true, ente: 'ASL', figli: [{ nome: 'Anna', certificato: 'C1', nota: 'n' }] },
    expectValid: true,
  },
  {
    name: 'a note reading a hidden top-level answer is hidden too',
    data: { disabilita: false, ente: 'ASL', figli: [{ nome: 'Anna', nota: 'n' }] },
    expectValid: false,
    expectPaths: ['/ente', '/figli/0/nota'],
  },
  {
    name: 'a note without the top-level answer it reads',
    data: { disabilita: true, figli: [{ nome: 'Anna', certificato: 'C1', nota: 'n' }] },
    expectValid: false,
    expectPaths: ['/figli/0/nota'],
  },
  {
    name: 'two levels down: the school building for a school',
    data: { tipo: 'scuola', figli: [{ nome: 'Anna', dettagli: { plesso: 'Via Roma' } }] },
    expectValid: true,
  },
  {
    name: 'two levels down: no school building for a nursery',
    data: { tipo: 'nido', figli: [{ nome: 'Anna', dettagli: { plesso: 'Via Roma' } }] },
    expectValid: false,
    expectPaths: ['/figli/0/dettagli/plesso'],
  },
  {
    name: 'a group child under not: shown when the answer is absent',
    data: { recapito: { orari: 'mattina' } },
    expectValid: true,
  },
  {
    name: 'a group child under not: hidden by a disability',
    data: { disabilita: true, recapito: { orari: 'mattina' } },
    expectValid: false,
    expectPaths: ['/recapito/orari'],
  },
];
