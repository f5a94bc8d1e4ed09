import type { KindMessages } from '../messages/ModelIssue';
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
/** Its own messages: the shape (pattern) and the check letter (format) fail for different reasons. */
const CODICE_FISCALE_MESSAGES: KindMessages = {
  invalid_format: {
    it: (p) =>
      `${p.name}: il codice fiscale non è valido: ${
        p.keyword !== 'pattern'
          ? 'controlla i caratteri e la lettera finale'
          : p.pattern === CODICE_FISCALE_PERSONAL_PATTERN
            ? 'scrivi i 16 caratteri in maiuscolo, senza spazi'
            : 'scrivi 16 caratteri in maiuscolo, senza spazi (o le 11 cifre di un ente)'
      }`,
    en: (p) =>
      `${p.name} ${
        p.keyword !== 'pattern'
          ? 'is not a valid codice fiscale (check letter or digits)'
          : p.pattern === CODICE_FISCALE_PERSONAL_PATTERN
            ? 'is not a personal codice fiscale (16 upper-case characters)'
            : 'is not a codice fiscale (16 upper-case characters or 11 digits)'
      }`,
  },
};

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
  // No autocomplete token: HTML has none for a fiscal code (WCAG 1.3.5 lists only the HTML tokens).
  messages: CODICE_FISCALE_MESSAGES,
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
