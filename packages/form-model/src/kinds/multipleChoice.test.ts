import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { makeModule } from '../testing/makeModule';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

const options = ['lunedi', 'martedi', 'mercoledi'].map((value) => ({ value, label: { it: value } }));

describe('multiple-choice', () => {
  it('is a unique list of option values shown as checkboxes', () => {
    const m = moduleWithField('multiple-choice', { props: { options } });
    const x = (compile(m).schema.properties as Record<string, Record<string, unknown>>).x;
    expect(x).toMatchObject({ type: 'array', uniqueItems: true, items: { type: 'string' } });
    expect(x).not.toHaveProperty('minItems');
    expect(compile(m).uiSchema.x).toEqual({ 'ui:kind': 'multiple-choice', 'ui:widget': 'checkboxes' });
    expect(errorCodes(m, { x: [] })).toEqual([]);
    expect(errorCodes(m, { x: ['lunedi', 'mercoledi'] })).toEqual([]);
    expect(errorCodes(m, { x: ['domenica'] })).toEqual([['/x/0', 'invalid_choice']]);
    expect(errorCodes(m, { x: ['lunedi', 'lunedi'] })).toEqual([['/x', 'duplicate_items']]);
  });

  it('asks a required field for one tick at least, and checks minItems/maxItems', () => {
    const required = moduleWithField('multiple-choice', { required: true, props: { options } });
    expect(errorCodes(required, { x: [] })).toEqual([['/x', 'too_few']]);
    expect(validateSubmission(required, { x: [] })[0]?.message).toBe('«Campo x»: serve almeno un elemento.');
    const bounded = moduleWithField('multiple-choice', { props: { options, minItems: 2, maxItems: 2 } });
    expect(errorCodes(bounded, { x: ['lunedi'] })).toEqual([['/x', 'too_few']]);
    expect(errorCodes(bounded, { x: ['lunedi', 'martedi', 'mercoledi'] })).toEqual([['/x', 'too_many']]);
  });

  it('drives an includes condition', () => {
    const m = makeModule([
      {
        id: 'dati',
        title: { it: 'Dati' },
        fields: [
          { id: 'giorni', kind: 'multiple-choice', label: { it: 'Giorni' }, props: { options } },
          {
            id: 'note',
            kind: 'long-text',
            label: { it: 'Note' },
            required: true,
            condition: { field: 'giorni', op: 'includes', value: 'martedi' },
          },
        ],
      },
    ]);
    expect(errorCodes(m, { giorni: ['lunedi'] })).toEqual([]);
    expect(errorCodes(m, { giorni: ['martedi'] })).toEqual([['/note', 'required']]);
  });
});
