import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { makeModule } from '../testing/makeModule';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('yes-no', () => {
  it('is a boolean shown as Sì / No radios', () => {
    const m = moduleWithField('yes-no', { required: true });
    expect((compile(m).schema.properties as Record<string, unknown>).x).toEqual({
      title: 'Campo x',
      type: 'boolean',
    });
    expect(compile(m).uiSchema.x).toMatchObject({
      'ui:kind': 'yes-no',
      'ui:widget': 'radio',
      'ui:enumNames': ['Sì', 'No'],
    });
    expect(compile(m, { lang: 'en' }).uiSchema.x).toMatchObject({ 'ui:enumNames': ['Yes', 'No'] });
    expect(errorCodes(m, { x: false })).toEqual([]);
    expect(errorCodes(m, { x: 'sì' })).toEqual([['/x', 'invalid_type']]);
    expect(errorCodes(m, {})).toEqual([['/x', 'required']]);
  });

  it('drives a condition compared with true', () => {
    const m = makeModule([
      {
        id: 'dati',
        title: { it: 'Dati' },
        fields: [
          { id: 'delega', kind: 'yes-no', label: { it: 'Presenti per conto di altri?' }, required: true },
          {
            id: 'delegante',
            kind: 'codice-fiscale',
            label: { it: 'Codice fiscale del delegante' },
            required: true,
            condition: { field: 'delega', op: 'equals', value: true },
          },
        ],
      },
    ]);
    expect(validateSubmission(m, { delega: false })).toEqual([]);
    expect(errorCodes(m, { delega: true })).toEqual([['/delegante', 'required']]);
    expect(errorCodes(m, { delega: true, delegante: 'RSSMRA85T10A562S' })).toEqual([]);
  });
});
