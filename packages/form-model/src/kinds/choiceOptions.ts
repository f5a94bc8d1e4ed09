import type { JsonSchema } from '../jsonSchema';
import type { ChoiceOption, Field } from '../types';
import { LOCALIZED_TEXT_SCHEMA } from './closedProps';
import type { CompileContext, FieldKind, KindLintContext, KindLintFinding } from './FieldKind';

/** What an option's `value` may be: it is stored in answers and compared in conditions. */
export const OPTION_VALUE_PATTERN = '^[A-Za-z0-9_-]+$';

/** The `options` prop of the choice kinds; distinct values are checked by `parseModule`. */
export const CHOICE_OPTIONS_SCHEMA: JsonSchema = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    required: ['value', 'label'],
    properties: {
      value: {
        type: 'string',
        pattern: OPTION_VALUE_PATTERN,
        maxLength: 64,
        description: 'Stored in the answer: letters, digits, - and _, distinct within the field.',
      },
      label: { ...LOCALIZED_TEXT_SCHEMA, description: 'What the citizen reads.' },
    },
    additionalProperties: false,
  },
  description: 'The options, in display order (at least one).',
};

/** Default options of a new choice field. */
export const DEFAULT_OPTIONS: ChoiceOption[] = [
  { value: 'opzione-1', label: { it: 'Opzione 1', en: 'Option 1' } },
  { value: 'opzione-2', label: { it: 'Opzione 2', en: 'Option 2' } },
];

/**
 * The schema of one choice among `options`: `{ type: string, oneOf: [{ const, title }] }`.
 * A repeated value would match two branches and fail `oneOf`, so only its first option counts;
 * with no options nothing is valid (`oneOf: []` is not a valid schema).
 */
export function choiceSchema(options: ChoiceOption[], ctx: CompileContext): JsonSchema {
  const unique = options.filter((o, i) => options.findIndex((other) => other.value === o.value) === i);
  if (unique.length === 0) return { type: 'string', not: {} };
  return { type: 'string', oneOf: unique.map((o) => ({ const: o.value, title: ctx.text(o.label) })) };
}

/**
 * The choice kinds' lint rule: a choice needs options (`no_options`), each with its own value
 * (`duplicate_option`, with the repeated `values`) and a label (`missing_label`), readable.
 */
export function lintChoice(field: Field, kind: FieldKind, ctx: KindLintContext): KindLintFinding[] {
  const raw = field.props?.options ?? kind.defaults.props.options;
  const options = Array.isArray(raw) ? (raw as Partial<ChoiceOption>[]) : [];
  if (options.length === 0) return [{ severity: 'error', code: 'no_options', property: 'options' }];
  const findings: KindLintFinding[] = [];
  for (const option of options) {
    if ((option.label?.it.trim() ?? '') === '') {
      findings.push({
        severity: 'error',
        code: 'missing_label',
        params: { property: 'options' },
        property: 'options',
      });
    }
    findings.push(...ctx.readable(option.label, 'options'));
  }
  const values = options.map((o) => o.value);
  const repeated = [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
  if (repeated.length === 0) return findings;
  return [
    {
      severity: 'error',
      code: 'duplicate_option',
      params: { values: repeated.map((v) => JSON.stringify(v)).join(', ') },
      property: 'options',
    },
    ...findings,
  ];
}
