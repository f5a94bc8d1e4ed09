import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';
import { lintMissingHelp } from './lintMissingHelp';

/** One line of free text. Props: `minLength`, `maxLength` (default 200), `pattern`, `placeholder`. */
export const shortText: FieldKind = {
  kind: 'short-text',
  label: { it: 'Testo breve', en: 'Short text' },
  category: 'text',
  defaults: { label: { it: 'Nuova domanda', en: 'New question' }, props: { maxLength: 200 } },
  propsSchema: closedProps({
    minLength: { type: 'integer', minimum: 0, description: 'Fewest characters of the answer.' },
    maxLength: { type: 'integer', minimum: 1, description: 'Most characters of the answer (default 200).' },
    pattern: {
      type: 'string',
      minLength: 1,
      description:
        'Regular expression (ECMA-262, unicode) the answer must match; parseModule checks it compiles.',
    },
    placeholder: { type: 'string', description: 'Example shown in the empty input, not a value.' },
  }),
  hasValue: true,
  // A custom pattern is a format the citizen has to be told about.
  lint: (field) => (typeof field.props?.pattern === 'string' ? lintMissingHelp(field) : []),
  toJsonSchema(field) {
    const minLength = prop<number | undefined>(field, shortText, 'minLength');
    const pattern = prop<string | undefined>(field, shortText, 'pattern');
    return {
      type: 'string',
      // A required answer must not be blank: `required` alone accepts "".
      minLength: minLength ?? (field.required ? 1 : undefined),
      maxLength: prop<number>(field, shortText, 'maxLength'),
      ...(pattern ? { pattern } : {}),
    };
  },
  toUiSchema(field) {
    const placeholder = prop<string | undefined>(field, shortText, 'placeholder');
    return { 'ui:kind': shortText.kind, ...(placeholder ? { 'ui:placeholder': placeholder } : {}) };
  },
  sample(field) {
    // A custom `pattern` cannot be sampled in general; the designer's preview shows that case.
    const minLength = prop<number | undefined>(field, shortText, 'minLength') ?? 1;
    const maxLength = prop<number>(field, shortText, 'maxLength');
    return 'Esempio di risposta'.padEnd(minLength, '.').slice(0, maxLength);
  },
};
