import type { JsonSchema } from './jsonSchema';
import type { Condition } from './types';

/** A leaf condition (one field, one operator). */
export type LeafCondition = Extract<Condition, { field: string }>;

/**
 * Translates a condition into the JSON Schema that holds exactly when it is true,
 * for use as an `if`. A compared field must be answered for the condition to hold.
 *
 * `known` gives the truth of a leaf decided elsewhere (a leaf on a field of an enclosing level,
 * which the schema of a nested object cannot see): it compiles to `true` or `false`.
 */
export function conditionToSchema(
  condition: Condition,
  known: (leaf: LeafCondition) => boolean | undefined = () => undefined,
): JsonSchema {
  if ('all' in condition) return { allOf: condition.all.map((c) => conditionToSchema(c, known)) };
  if ('any' in condition) return { anyOf: condition.any.map((c) => conditionToSchema(c, known)) };
  if ('not' in condition) return { not: conditionToSchema(condition.not, known) };
  const decided = known(condition);
  if (decided !== undefined) return decided as unknown as JsonSchema;
  const on = (value: JsonSchema): JsonSchema => ({
    properties: { [condition.field]: value },
    required: [condition.field],
  });
  switch (condition.op) {
    case 'equals':
      return on({ const: condition.value });
    case 'notEquals':
      return on({ not: { const: condition.value } });
    case 'in':
      return on({ enum: condition.values });
    case 'includes':
      return on({ type: 'array', contains: { const: condition.value } });
    case 'gt':
      return on({ type: 'number', exclusiveMinimum: condition.value });
    case 'gte':
      return on({ type: 'number', minimum: condition.value });
    case 'lt':
      return on({ type: 'number', exclusiveMaximum: condition.value });
    case 'lte':
      return on({ type: 'number', maximum: condition.value });
    case 'answered':
      return { required: [condition.field] };
  }
}

/** Every leaf of a condition, in order. */
export function conditionLeaves(condition: Condition | undefined): LeafCondition[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(conditionLeaves);
  if ('any' in condition) return condition.any.flatMap(conditionLeaves);
  if ('not' in condition) return conditionLeaves(condition.not);
  return [condition];
}
