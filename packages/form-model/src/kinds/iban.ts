import { lintMissingHelp } from './lintMissingHelp';
import { IBAN_MESSAGES } from './kindMessages';
import { IBAN_LENGTHS } from '../validators/iban';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';

/** Italy and San Marino: CIN letter, ABI and CAB (10 digits), 12-character account: 27 in all. */
const CIN_ABI_CAB = '[0-9]{2}[A-Z][0-9]{10}[A-Z0-9]{12}';

/**
 * Upper case without spaces: an Italian or Sammarinese IBAN exactly as its structure says
 * (27 characters), another country of `IBAN_LENGTHS` at its length, any other country with
 * 11-30 characters after the check digits (ISO 13616). The check digits (mod 97) stay in the
 * `iban` format: no regular expression can compute them. The negative lookahead is ECMA-262
 * and Python `re` alike.
 */
export const IBAN_PATTERN = (() => {
  const known = Object.keys(IBAN_LENGTHS).sort();
  const exact = known.map((cc) =>
    cc === 'IT' || cc === 'SM' ? `${cc}${CIN_ABI_CAB}` : `${cc}[0-9]{2}[A-Z0-9]{${IBAN_LENGTHS[cc]! - 4}}`,
  );
  return `^(?:${exact.join('|')}|(?!${known.join('|')})[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30})$`;
})();

/** A bank account (IBAN), e.g. for a refund or a contribution; foreign accounts are accepted. */
export const iban: FieldKind = {
  kind: 'iban',
  label: { it: 'IBAN', en: 'IBAN' },
  category: 'identity',
  defaults: { label: { it: 'IBAN', en: 'IBAN' }, props: {} },
  propsSchema: closedProps({}),
  hasValue: true,
  lint: lintMissingHelp,
  messages: IBAN_MESSAGES,
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
