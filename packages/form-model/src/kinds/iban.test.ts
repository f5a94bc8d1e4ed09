import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('iban', () => {
  const m = moduleWithField('iban', { required: true });

  it('accepts Italian and foreign IBANs without spaces', () => {
    expect(errorCodes(m, { x: 'IT60X0542811101000000123456' })).toEqual([]);
    expect(errorCodes(m, { x: 'DE89370400440532013000' })).toEqual([]);
  });

  it('rejects a wrong digit, spaces and lower case', () => {
    expect(errorCodes(m, { x: 'IT60X0542811101000000123457' })).toEqual([['/x', 'invalid_format']]);
    expect(validateSubmission(m, { x: 'IT60X0542811101000000123457' })[0]?.message).toBe(
      '«Campo x»: l’IBAN non è valido: controlla le cifre di controllo e la lunghezza.',
    );
    expect(errorCodes(m, { x: 'IT60 X054 2811 1010 0000 0123 456' })).toEqual([['/x', 'invalid_format']]);
    expect(errorCodes(m, { x: 'it60x0542811101000000123456' })).toEqual([['/x', 'invalid_format']]);
  });
});
