import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('codice-fiscale', () => {
  it('accepts personal, omocodic and (by default) 11-digit codes', () => {
    const m = moduleWithField('codice-fiscale', { required: true });
    expect(errorCodes(m, { x: 'RSSMRA85T10A562S' })).toEqual([]);
    expect(errorCodes(m, { x: 'RSSMRA85T10A56NH' })).toEqual([]);
    expect(errorCodes(m, { x: '80078750587' })).toEqual([]); // INPS
  });

  it('explains a wrong check letter with the format message', () => {
    const m = moduleWithField('codice-fiscale');
    expect(errorCodes(m, { x: 'RSSMRA85T10A562T' })).toEqual([['/x', 'invalid_format']]);
    expect(validateSubmission(m, { x: 'RSSMRA85T10A562T' })[0]?.message).toBe(
      '«Campo x»: il codice fiscale non è valido: controlla i caratteri e la lettera finale.',
    );
  });

  it('stores upper case without spaces: the pattern refuses anything else', () => {
    const m = moduleWithField('codice-fiscale');
    expect(errorCodes(m, { x: 'rssmra85t10a562s' })).toEqual([['/x', 'invalid_format']]);
    expect(validateSubmission(m, { x: 'RSSMRA85T10A562S ' })[0]?.message).toContain(
      'in maiuscolo, senza spazi',
    );
  });

  it('drops the 11-digit branch when allowCompany is false', () => {
    const m = moduleWithField('codice-fiscale', { props: { allowCompany: false } });
    expect(errorCodes(m, { x: 'RSSMRA85T10A562S' })).toEqual([]);
    expect(errorCodes(m, { x: '80078750587' })).toEqual([['/x', 'invalid_format']]);
  });

  it('still checks the shape under a validator that ignores the custom format', () => {
    const { schema } = compile(moduleWithField('codice-fiscale'));
    const plain = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    expect(plain({ x: 'RSSMRA85T10A562S' })).toBe(true);
    expect(plain({ x: 'RSSMRA85T10A562' })).toBe(false);
  });
});
