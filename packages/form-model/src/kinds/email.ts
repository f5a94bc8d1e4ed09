import { EMAIL_MESSAGES } from './kindMessages';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';

/**
 * The shape of an address that a validator treating `format` as an annotation (the 2020-12
 * default) still checks: a local part, "@", and a domain of dot-separated labels with at least
 * one dot (no "mario.rossi@", no "@example.it", no ""). `format: email` stays the finer check.
 */
export const EMAIL_PATTERN =
  "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";

/** An e-mail address (RFC 5321 caps an address at 254 characters; "a@b.it" is the shortest). */
export const email: FieldKind = {
  kind: 'email',
  label: { it: 'E-mail', en: 'E-mail' },
  category: 'contact',
  defaults: { label: { it: 'Indirizzo e-mail', en: 'E-mail address' }, props: {} },
  propsSchema: closedProps({}),
  hasValue: true,
  messages: EMAIL_MESSAGES,
  autocomplete: 'email',
  toJsonSchema() {
    return { type: 'string', format: 'email', pattern: EMAIL_PATTERN, minLength: 6, maxLength: 254 };
  },
  toUiSchema() {
    return { 'ui:kind': email.kind, 'ui:widget': 'email' };
  },
  sample() {
    return 'mario.rossi@example.it';
  },
};
