import type { Field, Module } from '@modulo/form-model';
import { describe, expect, it } from 'vitest';
import { moduleOf } from '../testing/moduleOf';
import { answerInputs, inputsKey } from './answerInputs';

const text = (id: string, extra: Partial<Field> = {}): Field =>
  ({ id, kind: 'short-text', label: { it: id }, ...extra }) as Field;

describe('answerInputs', () => {
  it('lists the answers conditions and fees read, a group for its members, nothing else', () => {
    const base = moduleOf([
      text('nome'),
      { id: 'motivo', kind: 'yes-no', label: { it: 'Motivo' } } as Field,
      text('dettaglio', { condition: { field: 'motivo', op: 'equals', value: true } }),
      {
        id: 'impresa',
        kind: 'group',
        label: { it: 'Impresa' },
        fields: [
          text('tipo'),
          text('rea', { condition: { any: [{ field: 'tipo', op: 'equals', value: 'srl' }] } }),
        ],
      } as Field,
      { id: 'superficie', kind: 'number', label: { it: 'm²' } } as Field,
    ]);
    const module: Module = {
      ...base,
      procedure: {
        ...base.procedure,
        fees: [
          {
            id: 'canone',
            label: { it: 'Canone' },
            lines: [{ id: 'm2', label: { it: 'al m²' }, cents: 120, factors: [{ field: 'superficie' }] }],
            method: 'pagopa',
          },
        ] as Module['procedure']['fees'],
      },
    };
    const inputs = answerInputs(module);
    expect(inputs.sort()).toEqual(['impresa', 'motivo', 'superficie']);
    const key = inputsKey(inputs, { nome: 'Mario', motivo: true });
    expect(inputsKey(inputs, { nome: 'Maria', motivo: true })).toBe(key);
    expect(inputsKey(inputs, { nome: 'Maria', motivo: false })).not.toBe(key);
    expect(inputsKey(inputs, { motivo: true, impresa: { tipo: 'srl' } })).not.toBe(key);
  });
});
