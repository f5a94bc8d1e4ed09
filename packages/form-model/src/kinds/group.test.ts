import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('group', () => {
  const m = moduleWithField('group', {
    label: { it: 'Richiedente' },
    fields: [
      { id: 'nome', kind: 'short-text', label: { it: 'Nome' }, required: true },
      { id: 'cf', kind: 'codice-fiscale', label: { it: 'Codice fiscale' }, required: true },
    ],
  });

  it('nests its children under its id, with their uiSchema and ui:kind', () => {
    expect(compile(m).uiSchema.x).toEqual({
      'ui:kind': 'group',
      nome: { 'ui:kind': 'short-text' },
      cf: { 'ui:kind': 'codice-fiscale' },
      'ui:order': ['nome', 'cf', '*'],
    });
    expect(errorCodes(m, { x: { nome: 'Mario', cf: 'RSSMRA85T10A562S' } })).toEqual([]);
  });

  it('reports children by their own label and path', () => {
    expect(errorCodes(m, { x: { nome: 'Mario', cf: 'RSSMRA85T10A562X' } })).toEqual([
      ['/x/cf', 'invalid_format'],
    ]);
    expect(validateSubmission(m, { x: { cf: 'RSSMRA85T10A562S' } })[0]?.message).toBe(
      'Il campo «Nome» è obbligatorio.',
    );
  });
});
