import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';

/** An e-mail address (RFC 5321 caps an address at 254 characters). */
export const email: FieldKind = {
  kind: 'email',
  label: { it: 'E-mail', en: 'E-mail' },
  category: 'contact',
  defaults: { label: { it: 'Indirizzo e-mail', en: 'E-mail address' }, props: {} },
  propsSchema: closedProps({}),
  hasValue: true,
  toJsonSchema() {
    return { type: 'string', format: 'email', maxLength: 254 };
  },
  toUiSchema() {
    return { 'ui:kind': email.kind, 'ui:widget': 'email' };
  },
  sample() {
    return 'mario.rossi@example.it';
  },
};
