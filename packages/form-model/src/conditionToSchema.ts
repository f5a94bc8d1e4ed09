import type { JsonSchema } from './jsonSchema';
import type { Condition } from './types';

/**
 * Translates a condition into the JSON Schema that holds exactly when it is true,
 * for use as an `if`. A compared field must be answered for the condition to hold.
 */
export function conditionToSchema(condition: Condition): JsonSchema {
  if ('all' in condition) return { allOf: condition.all.map(conditionToSchema) };
  if ('any' in condition) return { anyOf: condition.any.map(conditionToSchema) };
  if ('not' in condition) return { not: conditionToSchema(condition.not) };
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
