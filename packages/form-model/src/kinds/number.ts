import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';

/** A number, optionally whole, within `min`/`max`; `unit` (e.g. "m²") is shown beside the input. */
export const number: FieldKind = {
  kind: 'number',
  label: { it: 'Numero', en: 'Number' },
  category: 'number',
  defaults: { label: { it: 'Quantità', en: 'Quantity' }, props: { integer: false } },
  propsSchema: closedProps({
    min: { type: 'number', description: 'Smallest accepted value.' },
    max: { type: 'number', description: 'Largest accepted value.' },
    integer: { type: 'boolean', description: 'Whole numbers only (default false).' },
    unit: {
      type: 'string',
      minLength: 1,
      maxLength: 20,
      description: 'Unit shown beside the input, e.g. "m²".',
    },
  }),
  hasValue: true,
  toJsonSchema(field) {
    return {
      type: prop<boolean>(field, number, 'integer') ? 'integer' : 'number',
      minimum: prop<number | undefined>(field, number, 'min'),
      maximum: prop<number | undefined>(field, number, 'max'),
    };
  },
  toUiSchema(field) {
    const unit = prop<string | undefined>(field, number, 'unit');
    return { 'ui:kind': number.kind, ...(unit ? { 'ui:options': { unit } } : {}) };
  },
  sample(field) {
    const min = prop<number | undefined>(field, number, 'min');
    const max = prop<number | undefined>(field, number, 'max');
    const value = min ?? Math.min(1, max ?? 1);
    return prop<boolean>(field, number, 'integer') ? Math.ceil(value) : value;
  },
};
