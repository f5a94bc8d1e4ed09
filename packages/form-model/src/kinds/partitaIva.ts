import { lintMissingHelp } from './lintMissingHelp';
import { PARTITA_IVA_MESSAGES } from './kindMessages';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';

/** Eleven digits; the "partita-iva" format checks the office code and the check digit. */
export const PARTITA_IVA_PATTERN = '^[0-9]{11}$';

/** A partita IVA (VAT number) of a company or professional. */
export const partitaIva: FieldKind = {
  kind: 'partita-iva',
  label: { it: 'Partita IVA', en: 'VAT number (partita IVA)' },
  category: 'identity',
  defaults: { label: { it: 'Partita IVA', en: 'VAT number' }, props: {} },
  propsSchema: closedProps({}),
  hasValue: true,
  lint: lintMissingHelp,
  messages: PARTITA_IVA_MESSAGES,
  toJsonSchema() {
    return { type: 'string', pattern: PARTITA_IVA_PATTERN, format: 'partita-iva' };
  },
  toUiSchema() {
    return { 'ui:kind': partitaIva.kind };
  },
  sample() {
    // Made up (company 1234567, office 058 Roma) with a correct check digit: no real business.
    return '12345670587';
  },
};
