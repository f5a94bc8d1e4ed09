import { ADDRESS_MESSAGES } from './kindMessages';
import { CAP_PATTERN } from './cap';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';

/** A province code (sigla), e.g. "RM". */
export const PROVINCIA_PATTERN = '^[A-Z]{2}$';

/**
 * An Italian address: `{ street, number?, cap, comune, provincia }`. The house number is
 * optional because many rural addresses have none ("snc").
 */
export const address: FieldKind = {
  kind: 'address',
  label: { it: 'Indirizzo', en: 'Address' },
  category: 'contact',
  defaults: { label: { it: 'Indirizzo', en: 'Address' }, props: {} },
  propsSchema: closedProps({}),
  hasValue: true,
  messages: ADDRESS_MESSAGES,
  toJsonSchema(_field, ctx) {
    const title = (it: string, en: string) => ctx.text({ it, en });
    return {
      type: 'object',
      properties: {
        street: { type: 'string', title: title('Via o piazza', 'Street'), minLength: 1, maxLength: 200 },
        number: { type: 'string', title: title('Numero civico', 'House number'), maxLength: 20 },
        cap: { type: 'string', title: title('CAP', 'Postal code'), pattern: CAP_PATTERN, format: 'cap' },
        comune: { type: 'string', title: title('Comune', 'Municipality'), minLength: 1, maxLength: 100 },
        provincia: {
          type: 'string',
          title: title('Provincia (sigla)', 'Province'),
          pattern: PROVINCIA_PATTERN,
        },
      },
      required: ['street', 'cap', 'comune', 'provincia'],
      additionalProperties: false,
    };
  },
  toUiSchema() {
    // WCAG 2.1 SC 1.3.5: each part its HTML autofill token (the house number goes with the street).
    return {
      'ui:kind': address.kind,
      'ui:order': ['street', 'number', 'cap', 'comune', 'provincia'],
      street: { 'ui:autocomplete': 'address-line1' },
      number: { 'ui:autocomplete': 'address-line2' },
      cap: { 'ui:autocomplete': 'postal-code' },
      comune: { 'ui:autocomplete': 'address-level2' },
      provincia: { 'ui:autocomplete': 'address-level1' },
    };
  },
  sample() {
    return { street: 'Via del Corso', number: '1', cap: '00186', comune: 'Roma', provincia: 'RM' };
  },
};
