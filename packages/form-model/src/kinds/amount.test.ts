import { describe, expect, it } from 'vitest';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('amount', () => {
  const m = moduleWithField('amount', { required: true, props: { max: 5000 } });

  it('takes whole euro cents, never negative, up to the maximum in euro', () => {
    expect(errorCodes(m, { x: 0 })).toEqual([]);
    expect(errorCodes(m, { x: 15000 })).toEqual([]);
    expect(errorCodes(m, { x: 500000 })).toEqual([]);
    expect(errorCodes(m, { x: -1 })).toEqual([['/x', 'too_small']]);
    expect(errorCodes(m, { x: 500001 })).toEqual([['/x', 'too_large']]);
  });

  it('accepts € 19,99 exactly (1999 cents) and refuses fractions of a cent', () => {
    expect(errorCodes(m, { x: 1999 })).toEqual([]);
    expect(errorCodes(m, { x: 123456 })).toEqual([]);
    expect(errorCodes(m, { x: 19.99 })).toEqual([['/x', 'invalid_type']]);
  });
});
