import type { ChoiceOption } from '../types';
import { CHOICE_OPTIONS_SCHEMA, choiceSchema, DEFAULT_OPTIONS, lintChoice } from './choiceOptions';
import { closedProps } from './closedProps';
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
  propsSchema: closedProps({
    options: CHOICE_OPTIONS_SCHEMA,
    display: {
      enum: ['radio', 'select'],
      description: 'Radio buttons (default) or a drop-down list for long lists.',
    },
  }),
  hasValue: true,
  lint: (field, ctx) => lintChoice(field, singleChoice, ctx),
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
