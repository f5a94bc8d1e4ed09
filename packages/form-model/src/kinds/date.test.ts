import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { validateSubmission } from '../validateSubmission';
import { date } from './date';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('date', () => {
  it('accepts real ISO dates only', () => {
    const m = moduleWithField('date');
    expect(errorCodes(m, { x: '2024-02-29' })).toEqual([]);
    expect(errorCodes(m, { x: '2023-02-29' })).toEqual([['/x', 'invalid_format']]);
    expect(errorCodes(m, { x: '15/03/2025' })).toEqual([['/x', 'invalid_format']]);
    expect(validateSubmission(m, { x: '15/03/2025' })[0]?.message).toBe(
      '«Campo x»: la data non è valida (formato AAAA-MM-GG).',
    );
  });

  it('passes notBefore/notAfter to the renderer as hints, not into the schema', () => {
    const m = moduleWithField('date', { props: { notBefore: 'today', notAfter: '2030-12-31' } });
    const { schema, uiSchema } = compile(m);
    expect(JSON.stringify(schema)).not.toContain('today');
    expect(uiSchema.x).toEqual({
      'ui:kind': 'date',
      'ui:widget': 'date',
      'ui:options': { notBefore: 'today', notAfter: '2030-12-31' },
    });
    expect(errorCodes(m, { x: '1990-01-01' })).toEqual([]);
  });

  it('samples inside the hinted range', () => {
    const ctx = {
      lang: 'it',
      text: (t: { it: string }) => t.it,
      compileFields: () => ({ schema: {}, uiSchema: {} }),
      sampleFields: () => ({}),
      define: (_name: string, schema: Record<string, unknown>) => schema,
    };
    const field = (props: Record<string, unknown>) => ({ id: 'x', kind: 'date', label: { it: 'x' }, props });
    expect(date.sample(field({ notAfter: '2000-01-01' }), ctx)).toBe('2000-01-01');
    expect(date.sample(field({ notBefore: 'today' }), ctx)).toBe(new Date().toISOString().slice(0, 10));
  });
});
