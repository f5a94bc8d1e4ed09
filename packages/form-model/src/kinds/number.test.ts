import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('number', () => {
  it('accepts decimals by default and checks min/max', () => {
    const m = moduleWithField('number', { props: { min: 0, max: 500, unit: 'm²' } });
    expect(compile(m).uiSchema.x).toEqual({ 'ui:kind': 'number', 'ui:options': { unit: 'm²' } });
    expect(errorCodes(m, { x: 120.5 })).toEqual([]);
    expect(errorCodes(m, { x: -1 })).toEqual([['/x', 'too_small']]);
    expect(errorCodes(m, { x: 501 })).toEqual([['/x', 'too_large']]);
    expect(errorCodes(m, { x: '12' })).toEqual([['/x', 'invalid_type']]);
    expect(validateSubmission(m, { x: 501 })[0]?.message).toBe(
      '«Campo x»: il valore è troppo alto (massimo 500).',
    );
  });

  it('compiles integer: true to type integer', () => {
    const m = moduleWithField('number', { props: { integer: true } });
    expect((compile(m).schema.properties as Record<string, { type: string }>).x?.type).toBe('integer');
    expect(errorCodes(m, { x: 3 })).toEqual([]);
    expect(errorCodes(m, { x: 3.5 })).toEqual([['/x', 'invalid_type']]);
  });
});
