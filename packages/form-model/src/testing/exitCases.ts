import type { Module } from '../types';
import { caseModule, choice } from './caseModules';

/** One set of answers and the exit it reaches, if any (STYLE principle 12: one set, both sides). */
export interface ExitCase {
  name: string;
  /** Answers of `exitModule`; valid but for the exit they reach. */
  answers: Record<string, unknown>;
  /** The exit that must trigger (and its step), or undefined when the path goes on. */
  exitId?: string;
  stepId?: string;
}

/**
 * An economic contribution: only residents may apply (a module exit with a link to the
 * Comune of residence); the ISEE threshold applies only to the "sostegno al reddito" step,
 * which is shown only for that kind of help (a step exit under a step condition).
 */
export const exitModule: Module = caseModule(
  'contributo-casi',
  [
    {
      id: 'requisiti',
      title: { it: 'Requisiti' },
      fields: [
        { id: 'residente', kind: 'yes-no', label: { it: 'Sei residente nel Comune?' }, required: true },
        choice('tipo', ['reddito', 'affitto']),
      ],
    },
    {
      id: 'reddito',
      title: { it: 'Sostegno al reddito' },
      condition: { field: 'tipo', op: 'equals', value: 'reddito' },
      fields: [{ id: 'isee', kind: 'amount', label: { it: 'Valore ISEE' }, required: true }],
      exits: [
        {
          id: 'iseeAlto',
          when: { field: 'isee', op: 'gt', value: 1500000 },
          title: { it: 'ISEE oltre la soglia' },
          message: { it: 'Il contributo spetta con un ISEE fino a 15.000 €.' },
        },
      ],
    },
  ],
  {},
  {
    exits: [
      {
        id: 'nonResidente',
        when: { field: 'residente', op: 'equals', value: false },
        title: { it: 'Il servizio è per i residenti' },
        message: { it: 'Chiedi il contributo al Comune in cui risiedi.' },
        link: { url: 'https://www.example.it/comuni', label: { it: 'Trova il tuo Comune' } },
      },
    ],
  },
);

export const exitCases: readonly ExitCase[] = [
  { name: 'a resident asking for rent help goes on', answers: { residente: true, tipo: 'affitto' } },
  {
    name: 'a resident under the threshold goes on',
    answers: { residente: true, tipo: 'reddito', isee: 1200000 },
  },
  {
    name: 'a non-resident is stopped by the module exit',
    answers: { residente: false, tipo: 'affitto' },
    exitId: 'nonResidente',
  },
  {
    name: 'an ISEE above the threshold is stopped by the step exit',
    answers: { residente: true, tipo: 'reddito', isee: 2000000 },
    exitId: 'iseeAlto',
    stepId: 'reddito',
  },
  {
    name: 'the module exit comes first',
    answers: { residente: false, tipo: 'reddito', isee: 2000000 },
    exitId: 'nonResidente',
  },
  {
    name: 'the ISEE exactly at the threshold goes on',
    answers: { residente: true, tipo: 'reddito', isee: 1500000 },
  },
];
