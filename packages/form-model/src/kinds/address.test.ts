import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

const roma = { street: 'Via del Corso', number: '1', cap: '00186', comune: 'Roma', provincia: 'RM' };

describe('address', () => {
  const m = moduleWithField('address', { required: true, label: { it: 'Residenza' } });

  it('is a closed object with street, optional number, cap, comune, provincia', () => {
    const x = (compile(m).schema.properties as Record<string, Record<string, unknown>>).x;
    expect(x).toMatchObject({ type: 'object', additionalProperties: false });
    expect(x?.required).toEqual(['street', 'cap', 'comune', 'provincia']);
    expect(compile(m).uiSchema.x).toMatchObject({ 'ui:kind': 'address' });
    expect(errorCodes(m, { x: roma })).toEqual([]);
    const { number: _number, ...withoutNumber } = roma;
    expect(errorCodes(m, { x: withoutNumber })).toEqual([]);
  });

  it('reports each part by the field label and the part', () => {
    const { comune: _comune, ...withoutComune } = roma;
    expect(errorCodes(m, { x: withoutComune })).toEqual([['/x/comune', 'required']]);
    expect(validateSubmission(m, { x: withoutComune })[0]?.message).toBe(
      'Il campo «Residenza» (comune) è obbligatorio.',
    );
    expect(errorCodes(m, { x: { ...roma, cap: '186' } })).toEqual([['/x/cap', 'invalid_format']]);
    expect(validateSubmission(m, { x: { ...roma, provincia: 'Roma' } })[0]?.message).toBe(
      '«Residenza» (provincia): indica la sigla della provincia con 2 lettere maiuscole (es. RM).',
    );
    expect(errorCodes(m, { x: { ...roma, scala: 'B' } })).toEqual([['/x/scala', 'not_allowed']]);
  });
});
