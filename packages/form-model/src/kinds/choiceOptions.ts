import type { JsonSchema } from '../jsonSchema';
import type { ChoiceOption } from '../types';
import type { CompileContext } from './FieldKind';

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
