import { lintMissingHelp } from './lintMissingHelp';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';

/**
 * A sum of money, never negative, stored as an integer number of euro **cents** (1999 = € 19,99),
 * as pagoPA does. `multipleOf: 0.01` on euro looks simpler but is not portable: validators divide
 * in binary floating point and reject 19.99 (Ajv without `multipleOfPrecision`, python-jsonschema).
 * Props `min`, `max` are in euro, as staff type them; the renderer shows and reads euro.
 */
export const amount: FieldKind = {
  kind: 'amount',
  label: { it: 'Importo (€)', en: 'Amount (€)' },
  category: 'number',
  defaults: { label: { it: 'Importo in euro', en: 'Amount in euro' }, props: {} },
  propsSchema: closedProps({
    min: {
      type: 'number',
      minimum: 0,
      description: 'Smallest accepted amount, in euro (the answer is in cents).',
    },
    max: {
      type: 'number',
      minimum: 0,
      description: 'Largest accepted amount, in euro (the answer is in cents).',
    },
  }),
  hasValue: true,
  lint: lintMissingHelp,
  toJsonSchema(field) {
    const min = prop<number | undefined>(field, amount, 'min');
    const max = prop<number | undefined>(field, amount, 'max');
    return {
      $comment: 'euro cents: 1999 = EUR 19.99',
      type: 'integer',
      minimum: Math.max(0, Math.round((min ?? 0) * 100)),
      maximum: max === undefined ? undefined : Math.round(max * 100),
    };
  },
  toUiSchema() {
    return { 'ui:kind': amount.kind, 'ui:options': { currency: 'EUR', unit: 'cents' } };
  },
  sample(field) {
    const min = Math.max(0, Math.round((prop<number | undefined>(field, amount, 'min') ?? 0) * 100));
    const max = prop<number | undefined>(field, amount, 'max');
    return Math.max(min, Math.min(1250, max === undefined ? 1250 : Math.round(max * 100)));
  },
};
