import { CAP_MESSAGES } from './kindMessages';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';

/**
 * Five digits from 00010 to 98168, the range Poste Italiane assigns (00010 Affile is the first,
 * 98168 Messina the last; 00000 and 99999 are no CAP): exactly what `isCap` accepts, so a
 * validator without the "cap" format gives the same verdict. Gaps inside the range (unassigned
 * codes) are not tracked: the list changes, and a wrong-but-plausible CAP is for the office.
 */
export const CAP_PATTERN =
  '^(?:000[1-9][0-9]|00[1-9][0-9]{2}|0[1-9][0-9]{3}|[1-8][0-9]{4}|9[0-7][0-9]{3}|980[0-9]{2}|981[0-5][0-9]|9816[0-8])$';

/** An Italian postal code (CAP). */
export const cap: FieldKind = {
  kind: 'cap',
  label: { it: 'CAP', en: 'Postal code (CAP)' },
  category: 'contact',
  defaults: { label: { it: 'CAP', en: 'Postal code' }, props: {} },
  propsSchema: closedProps({}),
  hasValue: true,
  messages: CAP_MESSAGES,
  autocomplete: 'postal-code',
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
