import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { sampleSubmission } from '../sampleSubmission';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

const children = [
  { id: 'nome', kind: 'short-text', label: { it: 'Nome' }, required: true },
  { id: 'nascita', kind: 'date', label: { it: 'Data di nascita' }, required: true },
  { id: 'disabile', kind: 'yes-no', label: { it: 'Ha una disabilità?' } },
  {
    id: 'certificato',
    kind: 'attachment',
    label: { it: 'Certificato' },
    required: true,
    condition: { field: 'disabile', op: 'equals' as const, value: true },
  },
];

describe('repeatable', () => {
  const m = moduleWithField('repeatable', {
    label: { it: 'Componenti del nucleo familiare' },
    props: { maxItems: 3, itemLabel: { it: 'Componente', en: 'Member' } },
    fields: children,
  });

  it('is an array of the children object, with the children uiSchema under items', () => {
    const { schema, uiSchema } = compile(m);
    const x = (schema.properties as Record<string, Record<string, unknown>>).x;
    // The item schema sits under $defs (Ajv's inlined items loop leaks state between items).
    expect(x).toMatchObject({ type: 'array', minItems: 0, maxItems: 3, items: { $ref: '#/$defs/item-x' } });
    expect((schema.$defs as Record<string, unknown>)['item-x']).toMatchObject({
      type: 'object',
      unevaluatedProperties: false,
    });
    expect(uiSchema.x).toMatchObject({
      'ui:kind': 'repeatable',
      'ui:options': { itemLabel: 'Componente' },
      items: {
        nome: { 'ui:kind': 'short-text' },
        'ui:order': ['nome', 'nascita', 'disabile', 'certificato', '*'],
      },
    });
  });

  it('does not let an item borrow a field the item before it showed', () => {
    const anna = { nome: 'Anna', nascita: '2015-06-01' };
    const cert = { name: 'c.pdf', mediaType: 'application/pdf', size: 10, ref: 'up-1' };
    // Item 0 shows "certificato" (disabile), item 1 hides it but answers it all the same.
    expect(
      errorCodes(m, {
        x: [
          { ...anna, disabile: true, certificato: cert },
          { ...anna, certificato: cert },
        ],
      }),
    ).toEqual([['/x/1/certificato', 'not_allowed']]);
  });

  it('validates each item, conditions included, with item paths', () => {
    expect(validateSubmission(m, sampleSubmission(m))).toEqual([]);
    const anna = { nome: 'Anna', nascita: '2015-06-01' };
    expect(errorCodes(m, { x: [anna, { ...anna, disabile: true }] })).toEqual([
      ['/x/1/certificato', 'required'],
    ]);
    expect(errorCodes(m, { x: [anna, { nome: 'Luca', nascita: '2015-02-30' }] })).toEqual([
      ['/x/1/nascita', 'invalid_format'],
    ]);
    expect(errorCodes(m, { x: [anna, anna, anna, anna] })).toEqual([['/x', 'too_many']]);
  });

  it('needs one entry when required', () => {
    const required = moduleWithField('repeatable', { required: true, fields: children });
    expect(errorCodes(required, { x: [] })).toEqual([['/x', 'too_few']]);
  });
});
