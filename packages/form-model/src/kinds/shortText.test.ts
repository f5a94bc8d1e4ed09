import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('short-text', () => {
  it('compiles to a string capped at 200 characters, with ui:kind', () => {
    const { schema, uiSchema } = compile(moduleWithField('short-text', { props: { placeholder: 'Mario' } }));
    expect((schema.properties as Record<string, unknown>).x).toEqual({
      title: 'Campo x',
      type: 'string',
      maxLength: 200,
    });
    expect(uiSchema.x).toEqual({ 'ui:kind': 'short-text', 'ui:placeholder': 'Mario' });
  });

  it('rejects a blank required answer and a too long one', () => {
    const m = moduleWithField('short-text', { required: true });
    expect(errorCodes(m, { x: 'Rossi' })).toEqual([]);
    expect(errorCodes(m, { x: '' })).toEqual([['/x', 'too_short']]);
    expect(errorCodes(m, { x: 'a'.repeat(201) })).toEqual([['/x', 'too_long']]);
    expect(validateSubmission(m, { x: '' })[0]?.message).toBe('«Campo x»: scrivi almeno 1 carattere.');
  });

  it('checks a custom pattern', () => {
    const m = moduleWithField('short-text', { props: { pattern: '^[0-9]{4}$' } });
    expect(errorCodes(m, { x: '2024' })).toEqual([]);
    expect(errorCodes(m, { x: '24' })).toEqual([['/x', 'invalid_format']]);
  });
});
