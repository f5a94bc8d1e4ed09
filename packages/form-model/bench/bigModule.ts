import { makeModule } from '../src/testing/makeModule';
import type { Field, Module } from '../src/types';

const KINDS = ['short-text', 'long-text', 'number', 'email', 'codice-fiscale', 'date', 'yes-no', 'cap'];

/**
 * A municipal form of `n` fields over 10 steps: every eighth field is a yes-no that shows the
 * next field, as large real forms do (a detail asked only after a "sì").
 */
export function bigModule(n: number): Module {
  const fields: Field[] = [];
  for (let i = 0; i < n; i++) {
    const previous = fields[i - 1];
    const gated = previous?.kind === 'yes-no';
    fields.push({
      id: `campo${i}`,
      kind: i % 8 === 7 ? 'yes-no' : KINDS[i % KINDS.length]!,
      label: { it: `Domanda numero ${i}` },
      required: i % 3 === 0,
      ...(gated && previous ? { condition: { field: previous.id, op: 'equals' as const, value: true } } : {}),
    });
  }
  const perStep = Math.ceil(n / 10);
  return {
    ...makeModule(),
    id: 'grande',
    title: { it: `Modulo di ${n} campi` },
    steps: Array.from({ length: 10 }, (_, s) => ({
      id: `passo${s}`,
      title: { it: `Passo ${s + 1}` },
      fields: fields.slice(s * perStep, (s + 1) * perStep),
    })),
  };
}
