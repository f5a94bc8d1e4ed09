import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';

const PERSONAL = '[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]';

/** A personal codice fiscale, omocodic ones included; stored upper case without spaces. */
export const CODICE_FISCALE_PERSONAL_PATTERN = `^${PERSONAL}$`;

/** A personal codice fiscale or the 11-digit one of a company or public body. */
export const CODICE_FISCALE_PATTERN = `^(?:${PERSONAL}|[0-9]{11})$`;

/**
 * A codice fiscale. Prop `allowCompany` (default true) also accepts the 11-digit codes of
 * companies and public bodies. The pattern checks the shape for any validator; the
 * "codice-fiscale" format checks the check letter or digit.
 */
export const codiceFiscale: FieldKind = {
  kind: 'codice-fiscale',
  label: { it: 'Codice fiscale', en: 'Tax code (codice fiscale)' },
  category: 'identity',
  defaults: { label: { it: 'Codice fiscale', en: 'Tax code' }, props: { allowCompany: true } },
  propsSchema: closedProps({
    allowCompany: {
      type: 'boolean',
      description: 'Also accept the 11-digit codes of companies and public bodies (default true).',
    },
  }),
  hasValue: true,
  toJsonSchema(field) {
    const allowCompany = prop<boolean>(field, codiceFiscale, 'allowCompany');
    return {
      type: 'string',
      pattern: allowCompany ? CODICE_FISCALE_PATTERN : CODICE_FISCALE_PERSONAL_PATTERN,
      format: 'codice-fiscale',
    };
  },
  toUiSchema() {
    return { 'ui:kind': codiceFiscale.kind };
  },
  sample() {
    return 'RSSMRA85T10A562S';
  },
};
