import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { EMAIL_PATTERN } from './email';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

describe.each(['email', 'pec'])('%s', (kind) => {
  const m = moduleWithField(kind, { required: true });

  it('is an e-mail address of 6 to 254 characters, its shape also as a pattern', () => {
    expect((compile(m).schema.properties as Record<string, unknown>).x).toEqual({
      title: 'Campo x',
      type: 'string',
      format: 'email',
      pattern: EMAIL_PATTERN,
      minLength: 6,
      maxLength: 254,
    });
    expect(compile(m).uiSchema.x).toEqual({
      'ui:kind': kind,
      'ui:widget': 'email',
      'ui:autocomplete': 'email',
    });
    expect(errorCodes(m, { x: 'protocollo@pec.comune.roma.it' })).toEqual([]);
  });

  it('rejects what is not an address', () => {
    expect(errorCodes(m, { x: 'mario.rossi' })).toEqual([['/x', 'invalid_format']]);
    expect(errorCodes(m, { x: '' })).toEqual([['/x', 'invalid_format']]);
    expect(errorCodes(m, { x: `${'a'.repeat(250)}@b.it` })).toContainEqual(['/x', 'too_long']);
    expect(validateSubmission(m, { x: 'mario.rossi' })[0]?.message).toBe(
      '«Campo x»: l’indirizzo e-mail non è valido.',
    );
  });
});
