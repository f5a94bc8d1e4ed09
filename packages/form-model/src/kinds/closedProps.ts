import type { JsonSchema } from '../jsonSchema';

/** A LocalizedText inside props, inlined so a kind's `propsSchema` stands alone (same shape as `$defs/text`). */
export const LOCALIZED_TEXT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['it'],
  properties: { it: { type: 'string', minLength: 1 } },
  propertyNames: { pattern: '^[a-z]{2}$' },
  additionalProperties: { type: 'string' },
};

/**
 * A kind's `propsSchema`: an object with only the listed props (a typo is an unknown prop), each
 * documented with a `description`.
 */
export function closedProps(properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema {
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}
