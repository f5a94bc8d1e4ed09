import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('cap', () => {
  const m = moduleWithField('cap', { required: true });

  it('accepts an assigned CAP', () => {
    expect(errorCodes(m, { x: '00184' })).toEqual([]);
    expect(errorCodes(m, { x: '98168' })).toEqual([]);
  });

  it('rejects four digits, a number, and an unassigned range', () => {
    expect(errorCodes(m, { x: '0184' })).toEqual([['/x', 'invalid_format']]);
    expect(errorCodes(m, { x: 184 })).toEqual([['/x', 'invalid_type']]);
    expect(errorCodes(m, { x: '99999' })).toEqual([['/x', 'invalid_format']]);
    expect(validateSubmission(m, { x: '0184' })[0]?.message).toBe(
      '«Campo x»: il CAP non è valido: deve avere 5 cifre, da 00010 a 98168.',
    );
  });
});
