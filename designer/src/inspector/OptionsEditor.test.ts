import { describe, expect, it } from 'vitest';
import { createTestDesigner } from '../state/createTestDesigner';
import { optionsFromList } from './OptionsEditor';

describe('optionsFromList', () => {
  it('turns pasted lines into options the model accepts', () => {
    const options = optionsFromList('Lunedì\n\n  Martedì \nLunedì\nSabato e domenica\n');
    expect(options.map((o) => o.value)).toEqual(['lunedi', 'martedi', 'lunedi-2', 'sabato-e-domenica']);
    const d = createTestDesigner();
    d.addField('single-choice', { stepId: 'dati' });
    const r = d.setFieldProperty({ id: 'singleChoice', property: 'props.options', value: options });
    expect(r.ok).toBe(true);
  });
});
