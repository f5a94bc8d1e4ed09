import { EMAIL_MESSAGES } from './kindMessages';
import { closedProps } from './closedProps';
import { EMAIL_PATTERN } from './email';
import type { FieldKind } from './FieldKind';

/**
 * A PEC address (posta elettronica certificata, the domicilio digitale). Its shape is an
 * ordinary e-mail address; whether it is certified can only be checked against INI-PEC.
 */
export const pec: FieldKind = {
  kind: 'pec',
  label: { it: 'PEC', en: 'Certified e-mail (PEC)' },
  category: 'contact',
  defaults: { label: { it: 'Indirizzo PEC', en: 'PEC address' }, props: {} },
  propsSchema: closedProps({}),
  hasValue: true,
  messages: EMAIL_MESSAGES,
  autocomplete: 'email',
  toJsonSchema() {
    return { type: 'string', format: 'email', pattern: EMAIL_PATTERN, minLength: 6, maxLength: 254 };
  },
  toUiSchema() {
    return { 'ui:kind': pec.kind, 'ui:widget': 'email' };
  },
  sample() {
    return 'mario.rossi@pec.example.it';
  },
};
