import type { ChoiceOption } from '../types';
import { choiceSchema, DEFAULT_OPTIONS } from './choiceOptions';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';

/** One option among `options`, answered with its `value`; `display` is "radio" (default) or "select". */
export const singleChoice: FieldKind = {
  kind: 'single-choice',
  label: { it: 'Scelta singola', en: 'Single choice' },
  category: 'choice',
  defaults: {
    label: { it: 'Scegli un’opzione', en: 'Choose one option' },
    props: { options: DEFAULT_OPTIONS, display: 'radio' },
  },
  hasValue: true,
  toJsonSchema(field, ctx) {
    return choiceSchema(prop<ChoiceOption[]>(field, singleChoice, 'options'), ctx);
  },
  toUiSchema(field) {
    const display = prop<string>(field, singleChoice, 'display') === 'select' ? 'select' : 'radio';
    return { 'ui:kind': singleChoice.kind, 'ui:widget': display };
  },
  sample(field) {
    return prop<ChoiceOption[]>(field, singleChoice, 'options')[0]?.value;
  },
};
