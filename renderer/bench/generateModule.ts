import type { Field, Module, Step } from '@modulo/form-model';
import { moduleOf } from '../src/testing/moduleOf';

const KINDS: ((id: string, i: number) => Field)[] = [
  (id) => ({ id, kind: 'short-text', label: { it: `Testo ${id}` }, required: true }),
  (id) => ({ id, kind: 'codice-fiscale', label: { it: `Codice fiscale ${id}` } }),
  (id) => ({ id, kind: 'amount', label: { it: `Importo ${id}` } }),
  (id) => ({ id, kind: 'date', label: { it: `Data ${id}` } }),
  (id) => ({
    id,
    kind: 'single-choice',
    label: { it: `Scelta ${id}` },
    props: {
      options: [
        { value: 'a', label: { it: 'Prima' } },
        { value: 'b', label: { it: 'Seconda' } },
      ],
    },
  }),
  (id) => ({ id, kind: 'yes-no', label: { it: `Sì o no ${id}` } }),
  (id, i) => ({
    id,
    kind: 'short-text',
    label: { it: `Se sì ${id}` },
    condition: { field: `f${i - 1}`, op: 'equals', value: true },
  }),
  (id) => ({ id, kind: 'long-text', label: { it: `Descrizione ${id}` } }),
  (id) => ({ id, kind: 'email', label: { it: `E-mail ${id}` } }),
  (id) => ({ id, kind: 'number', label: { it: `Numero ${id}` } }),
];

/** A module of `n` fields, ten per step, mixing kinds and a condition in every step. */
export function generateModule(n: number): Module {
  const steps: Step[] = [];
  for (let i = 0; i < n; i++) {
    const s = Math.floor(i / 10);
    steps[s] ??= { id: `passo-${s + 1}`, title: { it: `Passo ${s + 1}` }, fields: [] };
    steps[s].fields.push(KINDS[i % KINDS.length]!(`f${i}`, i));
  }
  return { ...moduleOf([]), id: `generato-${n}`, title: { it: `Modulo di ${n} campi` }, steps };
}
