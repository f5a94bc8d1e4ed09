import { lintMissingHelp } from './lintMissingHelp';
import type { LocalizedText } from '../types';
import { closedProps, LOCALIZED_TEXT_SCHEMA } from './closedProps';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';

/**
 * A list of entries that each answer the child `fields` (family members, properties...).
 * Props: `minItems` (0), `maxItems` (20), `itemLabel` ("Elemento"); a required list needs one entry.
 */
export const repeatable: FieldKind = {
  kind: 'repeatable',
  label: { it: 'Elenco ripetibile', en: 'Repeatable list' },
  category: 'layout',
  defaults: {
    label: { it: 'Elenco', en: 'List' },
    props: { minItems: 0, maxItems: 20, itemLabel: { it: 'Elemento', en: 'Item' } },
    fields: [],
  },
  propsSchema: closedProps({
    minItems: { type: 'integer', minimum: 0, description: 'Fewest entries (default 0).' },
    maxItems: { type: 'integer', minimum: 1, description: 'Most entries (default 20).' },
    itemLabel: {
      ...LOCALIZED_TEXT_SCHEMA,
      description: 'Name of one entry, e.g. "Componente" (default Elemento).',
    },
  }),
  hasValue: true,
  lint: lintMissingHelp,
  container: true,
  list: true,
  toJsonSchema(field, ctx) {
    const minItems = prop<number>(field, repeatable, 'minItems');
    return {
      type: 'array',
      // Each item through a `$ref`: Ajv 8.20 inlines `items` in a loop whose evaluated-property
      // state leaks from one item to the next, so a hidden answer in item 2 could pass after
      // item 1 showed that field. A referenced (non-inlined) schema gets fresh state per item.
      items: ctx.define(`item-${field.id}`, ctx.compileFields(field.fields ?? []).schema),
      minItems: field.required ? Math.max(1, minItems) : minItems,
      maxItems: prop<number>(field, repeatable, 'maxItems'),
    };
  },
  toUiSchema(field, ctx) {
    return {
      'ui:kind': repeatable.kind,
      items: ctx.compileFields(field.fields ?? []).uiSchema,
      'ui:options': { itemLabel: ctx.text(prop<LocalizedText>(field, repeatable, 'itemLabel')) },
    };
  },
  sample(field, ctx) {
    const minItems = prop<number>(field, repeatable, 'minItems');
    const count = Math.min(Math.max(minItems, 1), prop<number>(field, repeatable, 'maxItems'));
    return Array.from({ length: count }, () => ctx.sampleFields(field.fields ?? []));
  },
};
