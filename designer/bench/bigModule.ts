import type { Field, Module } from '@modulo/form-model';
import { blankModule } from '../src/state/blankModule';

const KINDS = [
  'short-text',
  'long-text',
  'number',
  'date',
  'yes-no',
  'single-choice',
  'email',
  'codice-fiscale',
  'phone',
  'amount',
];

/** A module of `steps` × `perStep` fields of mixed kinds, every fifth one shown on a yes/no answer. */
export function bigModule(steps = 10, perStep = 30): Module {
  const m = blankModule('grande', 'Modulo grande');
  return {
    ...m,
    steps: Array.from({ length: steps }, (_, s) => {
      const fields: Field[] = [];
      for (let i = 0; i < perStep; i++) {
        const id = `c${s}x${i}`;
        const kind = KINDS[i % KINDS.length]!;
        const field: Field = { id, kind, label: { it: `Domanda ${s + 1}.${i + 1}` } };
        if (kind === 'single-choice') {
          field.props = {
            options: [
              { value: 'a', label: { it: 'A' } },
              { value: 'b', label: { it: 'B' } },
            ],
          };
        }
        if (i % 5 === 0 && i > 4) field.condition = { field: `c${s}x4`, op: 'equals', value: true };
        fields.push(field);
      }
      return { id: `passo${s + 1}`, title: { it: `Passo ${s + 1}` }, fields };
    }),
  };
}
