import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';

/** Five digits; the "cap" format checks the assigned range. */
export const CAP_PATTERN = '^[0-9]{5}$';

/** An Italian postal code (CAP). */
export const cap: FieldKind = {
  kind: 'cap',
  label: { it: 'CAP', en: 'Postal code (CAP)' },
  category: 'contact',
  defaults: { label: { it: 'CAP', en: 'Postal code' }, props: {} },
  propsSchema: closedProps({}),
  hasValue: true,
  toJsonSchema() {
    return { type: 'string', pattern: CAP_PATTERN, format: 'cap' };
  },
  toUiSchema() {
    return { 'ui:kind': cap.kind, 'ui:options': { inputMode: 'numeric' } };
  },
  sample() {
    return '00184';
  },
};
