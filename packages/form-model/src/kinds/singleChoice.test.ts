import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

const options = [
  { value: 'mensa', label: { it: 'Mensa scolastica', en: 'School canteen' } },
  { value: 'trasporto', label: { it: 'Trasporto scolastico', en: 'School bus' } },
];

describe('single-choice', () => {
  it('compiles options to oneOf const/title, localized', () => {
    const m = moduleWithField('single-choice', { props: { options } });
    expect((compile(m).schema.properties as Record<string, unknown>).x).toEqual({
      title: 'Campo x',
      type: 'string',
      oneOf: [
        { const: 'mensa', title: 'Mensa scolastica' },
        { const: 'trasporto', title: 'Trasporto scolastico' },
      ],
    });
    const en = compile(m, { lang: 'en' }).schema.properties as Record<string, { oneOf: { title: string }[] }>;
    expect(en.x?.oneOf.map((o) => o.title)).toEqual(['School canteen', 'School bus']);
    expect(compile(m).uiSchema.x).toEqual({ 'ui:kind': 'single-choice', 'ui:widget': 'radio' });
  });

  it('accepts an option value and rejects anything else with one error', () => {
    const m = moduleWithField('single-choice', { required: true, props: { options } });
    expect(errorCodes(m, { x: 'mensa' })).toEqual([]);
    expect(errorCodes(m, { x: 'piscina' })).toEqual([['/x', 'invalid_choice']]);
    expect(validateSubmission(m, { x: 'piscina' })[0]?.message).toBe(
      '«Campo x»: scegli una delle opzioni proposte.',
    );
    expect(errorCodes(m, {})).toEqual([['/x', 'required']]);
  });

  it('shows a select when asked, and keeps only the first of repeated values', () => {
    const twice = [...options, { value: 'mensa', label: { it: 'Di nuovo' } }];
    const m = moduleWithField('single-choice', { props: { options: twice, display: 'select' } });
    expect(compile(m).uiSchema.x).toEqual({ 'ui:kind': 'single-choice', 'ui:widget': 'select' });
    expect(errorCodes(m, { x: 'mensa' })).toEqual([]);
  });

  it('accepts nothing when there are no options', () => {
    const m = moduleWithField('single-choice', { props: { options: [] } });
    expect(errorCodes(m, {})).toEqual([]);
    expect(errorCodes(m, { x: '' })).toHaveLength(1);
  });
});
