import { PHONE_MESSAGES } from './kindMessages';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';

/** Digits and spaces with an optional leading + : Italian and international numbers alike. */
export const PHONE_PATTERN = '^\\+?[0-9 ]{6,20}$';

/** A telephone number. */
export const phone: FieldKind = {
  kind: 'phone',
  label: { it: 'Telefono', en: 'Phone' },
  category: 'contact',
  defaults: { label: { it: 'Numero di telefono', en: 'Phone number' }, props: {} },
  propsSchema: closedProps({}),
  hasValue: true,
  messages: PHONE_MESSAGES,
  autocomplete: 'tel',
  toJsonSchema() {
    return { type: 'string', pattern: PHONE_PATTERN };
  },
  toUiSchema() {
    return { 'ui:kind': phone.kind, 'ui:options': { inputType: 'tel' } };
  },
  sample() {
    return '+39 06 1234567';
  },
};
