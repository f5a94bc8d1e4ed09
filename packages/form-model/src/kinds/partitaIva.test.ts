import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('partita-iva', () => {
  const m = moduleWithField('partita-iva', { required: true });

  it('accepts a real partita IVA', () => {
    expect(errorCodes(m, { x: '01199250158' })).toEqual([]); // Comune di Milano
  });

  it('rejects a wrong check digit, a wrong length and the IT prefix', () => {
    expect(errorCodes(m, { x: '01199250159' })).toEqual([['/x', 'invalid_format']]);
    expect(errorCodes(m, { x: '0119925015' })).toEqual([['/x', 'invalid_format']]);
    expect(errorCodes(m, { x: 'IT01199250158' })).toEqual([['/x', 'invalid_format']]);
    expect(validateSubmission(m, { x: '01199250159' })[0]?.message).toBe(
      '«Campo x»: la partita IVA non è valida: deve avere 11 cifre con la cifra di controllo corretta.',
    );
  });
});
