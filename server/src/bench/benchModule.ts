import type { Field, Module } from '@modulo/form-model';
import { getLibraryModule } from '@modulo/form-library';

const KINDS = ['short-text', 'long-text', 'number', 'email', 'codice-fiscale', 'date', 'cap', 'phone'];

/**
 * A realistic 40-field module for the load benchmark: 36 questions of the common kinds over
 * 4 steps (every ninth a yes-no that shows the next one), a choice that routes the filing to
 * one of two offices, and fees computed from a square-metre answer (pagoPA) plus a stamp duty.
 */
export function benchModule(): Module {
  const base = getLibraryModule('occupazione-suolo-pubblico-temporanea')!;
  const fields: Field[] = [];
  for (let i = 0; i < 36; i++) {
    const previous = fields[i - 1];
    const gated = previous?.kind === 'yes-no';
    fields.push({
      id: `campo${i}`,
      kind: i % 9 === 8 ? 'yes-no' : KINDS[i % KINDS.length]!,
      label: { it: `Domanda numero ${i}` },
      required: i % 3 === 0,
      ...(gated && previous ? { condition: { field: previous.id, op: 'equals' as const, value: true } } : {}),
    });
  }
  const zona: Field = {
    id: 'zona',
    kind: 'single-choice',
    label: { it: 'Zona' },
    required: true,
    props: { options: ['centro', 'frazioni'].map((v) => ({ value: v, label: { it: v } })) },
  };
  const metri: Field = {
    id: 'metri',
    kind: 'number',
    label: { it: 'Metri quadrati' },
    required: true,
    props: { min: 1, max: 500, integer: true },
  };
  const urgente: Field = { id: 'urgente', kind: 'yes-no', label: { it: 'Urgente' }, required: true };
  const nota: Field = { id: 'nota', kind: 'short-text', label: { it: 'Nota' } };
  const p = base.procedure;
  return {
    ...base,
    id: 'bench-occupazione',
    version: '1.0.0',
    title: { it: 'Occupazione di suolo pubblico (modulo di prova del benchmark)' },
    steps: [0, 1, 2, 3].map((s) => ({
      id: `passo${s}`,
      title: { it: `Passo ${s + 1}` },
      fields: [...fields.slice(s * 9, (s + 1) * 9), ...(s === 3 ? [zona, metri, urgente, nota] : [])],
    })),
    procedure: {
      ...p,
      attachments: [],
      fees: [
        {
          id: 'canone',
          label: { it: 'Canone di occupazione' },
          method: 'pagopa',
          lines: [
            { id: 'mq', label: { it: 'Per metro quadrato' }, cents: 150, factors: [{ field: 'metri' }] },
            {
              id: 'urgenza',
              label: { it: 'Istruttoria urgente' },
              cents: 2000,
              when: { field: 'urgente', op: 'equals', value: true },
            },
          ],
        },
        { id: 'bollo', label: { it: 'Marca da bollo' }, method: 'bollo', amountCents: 1600 },
      ],
      routing: [
        {
          id: 'frazioni',
          when: { field: 'zona', op: 'equals', value: 'frazioni' },
          office: { name: 'Ufficio Tributi' },
          responsible: { name: 'Roberto Sala', role: 'Funzionario responsabile dei tributi' },
        },
      ],
    },
  };
}
