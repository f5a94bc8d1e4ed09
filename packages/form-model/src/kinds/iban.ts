import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';

/** Country, check digits and 11-30 alphanumerics (ISO 13616), upper case without spaces. */
export const IBAN_PATTERN = '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$';

/** A bank account (IBAN), e.g. for a refund or a contribution; foreign accounts are accepted. */
export const iban: FieldKind = {
  kind: 'iban',
  label: { it: 'IBAN', en: 'IBAN' },
  category: 'identity',
  defaults: { label: { it: 'IBAN', en: 'IBAN' }, props: {} },
  propsSchema: closedProps({}),
  hasValue: true,
  toJsonSchema() {
    return { type: 'string', pattern: IBAN_PATTERN, format: 'iban' };
  },
  toUiSchema() {
    return { 'ui:kind': iban.kind };
  },
  sample() {
    return 'IT60X0542811101000000123456';
  },
};
