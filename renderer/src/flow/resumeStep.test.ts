import type { Field, Module } from '@modulo/form-model';
import { describe, expect, it } from 'vitest';
import { moduleOf } from '../testing/moduleOf';
import { resumeStep } from './resumeStep';

const text = (id: string, extra: Partial<Field> = {}): Field =>
  ({ id, kind: 'short-text', label: { it: id }, required: true, ...extra }) as Field;
const module: Module = {
  ...moduleOf([]),
  steps: [
    { id: 'chi', title: { it: 'Chi' }, fields: [text('nome'), text('telefono', { required: false })] },
    {
      id: 'cosa',
      title: { it: 'Cosa' },
      fields: [
        {
          id: 'motivo',
          kind: 'single-choice',
          label: { it: 'Motivo' },
          required: true,
          props: {
            options: [
              { value: 'altro', label: { it: 'Altro' } },
              { value: 'trasloco', label: { it: 'Trasloco' } },
            ],
          },
        } as Field,
        text('altroMotivo', { condition: { field: 'motivo', op: 'equals', value: 'altro' } }),
      ],
    },
    { id: 'allegati', title: { it: 'Allegati' }, fields: [text('nota')] },
  ],
};

describe('resumeStep', () => {
  it('opens the step the draft was saved on', () => {
    expect(resumeStep(module, { nome: 'Mario' }, 'allegati')).toBe(2);
  });

  it('without one (an older draft, or its step is gone), opens the first step with a required answer missing', () => {
    expect(resumeStep(module, {})).toBe(0);
    expect(resumeStep(module, { nome: '' })).toBe(0);
    expect(resumeStep(module, { nome: 'Mario' })).toBe(1);
    expect(resumeStep(module, { nome: 'Mario', motivo: 'trasloco', nota: 'x' })).toBe(2);
  });

  it('counts a conditional field only while it shows', () => {
    expect(resumeStep(module, { nome: 'Mario', motivo: 'trasloco' })).toBe(2);
    expect(resumeStep(module, { nome: 'Mario', motivo: 'altro' })).toBe(1);
  });
});
