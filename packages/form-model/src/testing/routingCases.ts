import type { Module } from '../types';
import { caseModule, choice, office, official } from './caseModules';

/** One set of answers and who must get the submission (STYLE principle 12: one set, both sides). */
export interface RoutingCase {
  name: string;
  /** A valid submission of `routingModule`. */
  answers: Record<string, unknown>;
  officeId: string;
  responsibleId: string;
  /** The rule that must match; absent when the procedure's own office gets it. */
  ruleId?: string;
}

/**
 * A report to an Unione of Comuni, routed by the member Comune and by what is reported:
 * dangers to the Polizia locale first, waste to the Unione's environment office, then each
 * Comune's technical office; Cotignola has none, so the URP of the Unione (the default).
 */
export const routingModule: Module = caseModule(
  'segnalazione-unione',
  [
    {
      id: 'segnalazione',
      title: { it: 'La segnalazione' },
      fields: [
        choice('comune', ['bagnacavallo', 'lugo', 'cotignola']),
        choice('categoria', ['strade', 'verde', 'rifiuti']),
        { id: 'pericolo', kind: 'yes-no', label: { it: 'C’è un pericolo?' }, required: true },
        {
          id: 'luogo',
          kind: 'short-text',
          label: { it: 'Dove?' },
          required: true,
          condition: { field: 'categoria', op: 'equals', value: 'strade' },
        },
      ],
    },
  ],
  {
    routing: [
      {
        id: 'pericolo',
        when: { field: 'pericolo', op: 'equals', value: true },
        office: office('polizia-locale', 'Polizia locale dell’Unione', 'UF0100'),
        responsible: official('carla-neri', 'Carla Neri', 'Comandante'),
      },
      {
        id: 'rifiuti',
        when: { field: 'categoria', op: 'equals', value: 'rifiuti' },
        office: office('ambiente', 'Servizio Ambiente dell’Unione', 'UF0200'),
        responsible: official('paolo-verdi', 'Paolo Verdi', 'Responsabile Ambiente'),
      },
      {
        id: 'bagnacavallo',
        when: { field: 'comune', op: 'equals', value: 'bagnacavallo' },
        office: office('tecnico-bagnacavallo', 'Ufficio tecnico di Bagnacavallo', 'UF0301'),
        responsible: official('anna-galli', 'Anna Galli', 'Responsabile Lavori pubblici'),
      },
      {
        id: 'lugo',
        when: { all: [{ field: 'comune', op: 'equals', value: 'lugo' }] },
        office: office('tecnico-lugo', 'Ufficio tecnico di Lugo', 'UF0302'),
        responsible: official('marco-fabbri', 'Marco Fabbri', 'Responsabile Lavori pubblici'),
      },
    ],
  },
);

export const routingCases: readonly RoutingCase[] = [
  {
    name: 'a danger goes to the Polizia locale, whatever the Comune',
    answers: { comune: 'bagnacavallo', categoria: 'strade', pericolo: true, luogo: 'Via Roma 1' },
    officeId: 'polizia-locale',
    responsibleId: 'carla-neri',
    ruleId: 'pericolo',
  },
  {
    name: 'first match wins: a dangerous waste report is still the Polizia locale’s',
    answers: { comune: 'lugo', categoria: 'rifiuti', pericolo: true },
    officeId: 'polizia-locale',
    responsibleId: 'carla-neri',
    ruleId: 'pericolo',
  },
  {
    name: 'waste goes to the Unione’s environment office',
    answers: { comune: 'lugo', categoria: 'rifiuti', pericolo: false },
    officeId: 'ambiente',
    responsibleId: 'paolo-verdi',
    ruleId: 'rifiuti',
  },
  {
    name: 'a road in Bagnacavallo goes to its technical office',
    answers: { comune: 'bagnacavallo', categoria: 'strade', pericolo: false, luogo: 'Via Mazzini 3' },
    officeId: 'tecnico-bagnacavallo',
    responsibleId: 'anna-galli',
    ruleId: 'bagnacavallo',
  },
  {
    name: 'green areas in Lugo go to its technical office',
    answers: { comune: 'lugo', categoria: 'verde', pericolo: false },
    officeId: 'tecnico-lugo',
    responsibleId: 'marco-fabbri',
    ruleId: 'lugo',
  },
  {
    name: 'no rule matches (Cotignola): the procedure’s own office',
    answers: { comune: 'cotignola', categoria: 'verde', pericolo: false },
    officeId: 'urp-unione',
    responsibleId: 'maria-rossi',
  },
];
