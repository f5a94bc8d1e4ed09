import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('long-text', () => {
  it('is a textarea of 5 rows holding up to 4000 characters', () => {
    const m = moduleWithField('long-text');
    const { schema, uiSchema } = compile(m);
    expect((schema.properties as Record<string, { maxLength: number }>).x?.maxLength).toBe(4000);
    expect(uiSchema.x).toEqual({
      'ui:kind': 'long-text',
      'ui:widget': 'textarea',
      'ui:options': { rows: 5 },
    });
    expect(errorCodes(m, { x: 'Riga uno\nRiga due' })).toEqual([]);
    expect(errorCodes(m, { x: 'a'.repeat(4001) })).toEqual([['/x', 'too_long']]);
  });

  it('honours minLength and rejects a non-string', () => {
    const m = moduleWithField('long-text', { required: true, props: { minLength: 20 } });
    expect(errorCodes(m, { x: 'troppo corto' })).toEqual([['/x', 'too_short']]);
    expect(errorCodes(m, { x: 42 })).toEqual([['/x', 'invalid_type']]);
    expect(errorCodes(m, {})).toEqual([['/x', 'required']]);
  });
});
