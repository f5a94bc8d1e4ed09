import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';

/** Several lines of free text. Props: `minLength`, `maxLength` (default 4000), `rows` (default 5). */
export const longText: FieldKind = {
  kind: 'long-text',
  label: { it: 'Testo lungo', en: 'Long text' },
  category: 'text',
  defaults: {
    label: { it: 'Descrizione', en: 'Description' },
    props: { maxLength: 4000, rows: 5 },
  },
  propsSchema: closedProps({
    minLength: { type: 'integer', minimum: 0, description: 'Fewest characters of the answer.' },
    maxLength: { type: 'integer', minimum: 1, description: 'Most characters of the answer (default 4000).' },
    rows: {
      type: 'integer',
      minimum: 1,
      maximum: 40,
      description: 'Visible lines of the text area (default 5).',
    },
  }),
  hasValue: true,
  toJsonSchema(field) {
    const minLength = prop<number | undefined>(field, longText, 'minLength');
    return {
      type: 'string',
      // A required answer must not be blank: `required` alone accepts "".
      minLength: minLength ?? (field.required ? 1 : undefined),
      maxLength: prop<number>(field, longText, 'maxLength'),
    };
  },
  toUiSchema(field) {
    return {
      'ui:kind': longText.kind,
      'ui:widget': 'textarea',
      'ui:options': { rows: prop<number>(field, longText, 'rows') },
    };
  },
  sample(field) {
    const minLength = prop<number | undefined>(field, longText, 'minLength') ?? 1;
    const maxLength = prop<number>(field, longText, 'maxLength');
    return 'Testo di esempio su più righe.\nSeconda riga.'.padEnd(minLength, '.').slice(0, maxLength);
  },
};
