import type { Module } from '../types';
import { caseModule, choice } from './caseModules';

/** What `computeFees` must return for one set of answers, without labels and methods. */
export interface ExpectedQuote {
  totalCents: number;
  fees: {
    id: string;
    totalCents: number;
    bound?: 'min' | 'max';
    pending?: true;
    lines: { id: string; amountCents: number; quantity: number }[];
  }[];
}

/** One set of answers and the fees they owe (STYLE principle 12: one set, both sides). */
export interface FeeCase {
  name: string;
  /** A valid submission of `feeModule`. */
  answers: Record<string, unknown>;
  expected: ExpectedQuote;
}

/**
 * Occupation of public land: stamp duty on the application; a second one only for a trade;
 * the canone = square metres × days × the zone's rate, plus 5 € a stall, between 20 € and
 * 5,000 €; copying costs set later by the office.
 */
export const feeModule: Module = caseModule(
  'occupazione-casi',
  [
    {
      id: 'occupazione',
      title: { it: 'L’occupazione' },
      fields: [
        choice('zona', ['centro', 'periferia']),
        {
          id: 'superficie',
          kind: 'number',
          label: { it: 'Superficie' },
          required: true,
          props: { min: 0.1, max: 500, unit: 'm²' },
        },
        {
          id: 'giorni',
          kind: 'number',
          label: { it: 'Giorni' },
          required: true,
          props: { min: 1, max: 365, integer: true },
        },
        { id: 'commerciale', kind: 'yes-no', label: { it: 'Per un’attività commerciale?' }, required: true },
        {
          id: 'banchi',
          kind: 'repeatable',
          label: { it: 'Banchi' },
          condition: { field: 'commerciale', op: 'equals', value: true },
          props: { minItems: 0, maxItems: 10 },
          fields: [{ id: 'merce', kind: 'short-text', label: { it: 'Merce' }, required: true }],
        },
      ],
    },
  ],
  {
    fees: [
      { id: 'bollo', label: { it: 'Marca da bollo sulla domanda' }, amountCents: 1600, method: 'bollo' },
      {
        id: 'bolloCommercio',
        label: { it: 'Marca da bollo sulla concessione commerciale' },
        amountCents: 1600,
        method: 'bollo',
        when: { field: 'commerciale', op: 'equals', value: true },
      },
      {
        id: 'canone',
        label: { it: 'Canone unico' },
        method: 'pagopa',
        minCents: 2000,
        maxCents: 500000,
        lines: [
          {
            id: 'centro',
            label: { it: 'Centro storico: 1,50 € al m² al giorno' },
            cents: 150,
            factors: [{ field: 'superficie' }, { field: 'giorni' }],
            when: { field: 'zona', op: 'equals', value: 'centro' },
          },
          {
            id: 'periferia',
            label: { it: 'Altre zone: 0,80 € al m² al giorno' },
            cents: 80,
            factors: [{ field: 'superficie' }, { field: 'giorni' }],
            when: { field: 'zona', op: 'equals', value: 'periferia' },
          },
          { id: 'banchi', label: { it: '5 € a banco' }, cents: 500, factors: [{ countOf: 'banchi' }] },
        ],
      },
      {
        id: 'copie',
        label: { it: 'Copie della concessione' },
        description: { it: '0,25 € a facciata, se chiedi copie su carta.' },
        method: 'pagopa',
      },
    ],
  },
);

const bollo = { id: 'bollo', totalCents: 1600, lines: [{ id: 'bollo', amountCents: 1600, quantity: 1 }] };
const bolloCommercio = {
  id: 'bolloCommercio',
  totalCents: 1600,
  lines: [{ id: 'bolloCommercio', amountCents: 1600, quantity: 1 }],
};
const copie = { id: 'copie', totalCents: 0, pending: true as const, lines: [] };

export const feeCases: readonly FeeCase[] = [
  {
    name: 'centre, 12.5 m² for 3 days: 150 × 37.5 = 56.25 €, stamp duty, no trade',
    answers: { zona: 'centro', superficie: 12.5, giorni: 3, commerciale: false },
    expected: {
      totalCents: 7225,
      fees: [
        bollo,
        { id: 'canone', totalCents: 5625, lines: [{ id: 'centro', amountCents: 5625, quantity: 37.5 }] },
        copie,
      ],
    },
  },
  {
    name: 'a small occupation pays the minimum',
    answers: { zona: 'periferia', superficie: 1, giorni: 2, commerciale: false },
    expected: {
      totalCents: 3600,
      fees: [
        bollo,
        {
          id: 'canone',
          totalCents: 2000,
          bound: 'min',
          lines: [{ id: 'periferia', amountCents: 160, quantity: 2 }],
        },
        copie,
      ],
    },
  },
  {
    name: 'a whole year on 500 m² pays the maximum',
    answers: { zona: 'centro', superficie: 500, giorni: 365, commerciale: false },
    expected: {
      totalCents: 501600,
      fees: [
        bollo,
        {
          id: 'canone',
          totalCents: 500000,
          bound: 'max',
          lines: [{ id: 'centro', amountCents: 27375000, quantity: 182500 }],
        },
        copie,
      ],
    },
  },
  {
    name: 'half a cent rounds up per line: 150 × 0.55 = 82.5 -> 83',
    answers: { zona: 'centro', superficie: 0.55, giorni: 1, commerciale: false },
    expected: {
      totalCents: 3600,
      fees: [
        bollo,
        {
          id: 'canone',
          totalCents: 2000,
          bound: 'min',
          lines: [{ id: 'centro', amountCents: 83, quantity: 0.55 }],
        },
        copie,
      ],
    },
  },
  {
    name: 'binary float error is absorbed: 0.1 m² × 3 days is 0.3, not 0.30000000000000004',
    answers: { zona: 'periferia', superficie: 0.1, giorni: 3, commerciale: false },
    expected: {
      totalCents: 3600,
      fees: [
        bollo,
        {
          id: 'canone',
          totalCents: 2000,
          bound: 'min',
          lines: [{ id: 'periferia', amountCents: 24, quantity: 0.3 }],
        },
        copie,
      ],
    },
  },
  {
    name: 'a trade with two stalls: stalls counted, second stamp duty',
    answers: {
      zona: 'centro',
      superficie: 10,
      giorni: 1,
      commerciale: true,
      banchi: [{ merce: 'Libri' }, { merce: 'Fiori' }],
    },
    expected: {
      totalCents: 5700,
      fees: [
        bollo,
        bolloCommercio,
        {
          id: 'canone',
          totalCents: 2500,
          lines: [
            { id: 'centro', amountCents: 1500, quantity: 10 },
            { id: 'banchi', amountCents: 1000, quantity: 2 },
          ],
        },
        copie,
      ],
    },
  },
  {
    name: 'an empty list is a factor of 0: the line is there, at 0 €',
    answers: { zona: 'centro', superficie: 20, giorni: 1, commerciale: true, banchi: [] },
    expected: {
      totalCents: 6200,
      fees: [
        bollo,
        bolloCommercio,
        {
          id: 'canone',
          totalCents: 3000,
          lines: [
            { id: 'centro', amountCents: 3000, quantity: 20 },
            { id: 'banchi', amountCents: 0, quantity: 0 },
          ],
        },
        copie,
      ],
    },
  },
];
