import type { Module } from '@modulo/form-model';
import { blankModule } from './blankModule';

/** A small valid module for tests and stories: two steps, a yes/no driving a conditional field. */
export function makeTestModule(): Module {
  const m = blankModule('prova', 'Modulo di prova');
  return {
    ...m,
    steps: [
      {
        id: 'dati',
        title: { it: 'I tuoi dati' },
        fields: [
          { id: 'nome', kind: 'short-text', label: { it: 'Nome' }, required: true },
          { id: 'pericolo', kind: 'yes-no', label: { it: 'C’è un pericolo?' }, required: true },
          {
            id: 'descrizione',
            kind: 'long-text',
            label: { it: 'Descrivi il pericolo' },
            condition: { field: 'pericolo', op: 'equals', value: true },
          },
        ],
      },
      {
        id: 'recapiti',
        title: { it: 'Recapiti' },
        fields: [{ id: 'email', kind: 'email', label: { it: 'Email' } }],
      },
    ],
  };
}
