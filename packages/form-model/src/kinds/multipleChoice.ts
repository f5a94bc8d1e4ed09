import type { ChoiceOption } from '../types';
import { CHOICE_OPTIONS_SCHEMA, choiceSchema, DEFAULT_OPTIONS, lintChoice } from './choiceOptions';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';

/**
 * Any number of `options`, answered with the list of their values. Props: `options`,
 * `minItems`, `maxItems`; a required field needs at least one tick.
 */
export const multipleChoice: FieldKind = {
  kind: 'multiple-choice',
  label: { it: 'Scelta multipla', en: 'Multiple choice' },
  category: 'choice',
  defaults: {
    label: { it: 'Scegli una o più opzioni', en: 'Choose one or more options' },
    props: { options: DEFAULT_OPTIONS },
  },
  propsSchema: closedProps({
    options: CHOICE_OPTIONS_SCHEMA,
    minItems: { type: 'integer', minimum: 0, description: 'Fewest options to tick.' },
    maxItems: { type: 'integer', minimum: 1, description: 'Most options to tick.' },
  }),
  hasValue: true,
  lint: (field, ctx) => lintChoice(field, multipleChoice, ctx),
  toJsonSchema(field, ctx) {
    const minItems = prop<number | undefined>(field, multipleChoice, 'minItems') ?? 0;
    return {
      type: 'array',
      items: choiceSchema(prop<ChoiceOption[]>(field, multipleChoice, 'options'), ctx),
      uniqueItems: true,
      // `required` alone accepts an empty list, which says nothing.
      minItems: Math.max(minItems, field.required ? 1 : 0) || undefined,
      maxItems: prop<number | undefined>(field, multipleChoice, 'maxItems'),
    };
  },
  toUiSchema() {
    return { 'ui:kind': multipleChoice.kind, 'ui:widget': 'checkboxes' };
  },
  sample(field) {
    const options = prop<ChoiceOption[]>(field, multipleChoice, 'options');
    const minItems = prop<number | undefined>(field, multipleChoice, 'minItems') ?? 0;
    const maxItems = prop<number | undefined>(field, multipleChoice, 'maxItems') ?? options.length;
    return options.slice(0, Math.min(Math.max(minItems, 1), maxItems)).map((o) => o.value);
  },
};
