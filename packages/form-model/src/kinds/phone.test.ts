import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('phone', () => {
  const m = moduleWithField('phone');

  it('accepts Italian and international numbers with spaces', () => {
    for (const x of ['06 67101', '+39 06 6710 1234', '3331234567', '+41 91 123 45 67']) {
      expect(errorCodes(m, { x })).toEqual([]);
    }
  });

  it('rejects letters, dashes, and numbers too short or long', () => {
    for (const x of ['06-6710', 'chiamami', '12345', '+39 333 123 456 789 012 3', '0039+06']) {
      expect(errorCodes(m, { x })).toEqual([['/x', 'invalid_format']]);
    }
    expect(validateSubmission(m, { x: '06-6710' })[0]?.message).toBe(
      '«Campo x»: il numero di telefono non è valido: usa solo cifre e spazi, con il + iniziale per i numeri esteri.',
    );
  });
});
