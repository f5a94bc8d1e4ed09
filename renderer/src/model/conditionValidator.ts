import type { RJSFSchema, ValidatorType } from '@rjsf/utils';

type Schema = RJSFSchema | boolean;

/**
 * The validator rjsf gets for *schema resolution only*: it decides which `if` holds (conditions
 * inside groups and list items) and which `oneOf` option a value picks. It knows the keywords
 * `conditionToSchema` and the choice kinds emit. It runs no `eval` (strict CSP) and costs
 * microseconds. Answers are validated elsewhere, once, against the whole module
 * (see `AnswerValidator`), so `validateFormData` here reports nothing.
 */
export const conditionValidator: ValidatorType = {
  isValid: (schema, formData) => matches(schema, formData),
  validateFormData: () => ({ errors: [], errorSchema: {} }),
  rawValidation: () => ({ errors: [] }),
};

/** Whether `data` satisfies the subset of JSON Schema used by conditions and choices. */
export function matches(schema: Schema, data: unknown): boolean {
  if (typeof schema === 'boolean') return schema;
  const s = schema as Record<string, unknown>;
  if ('const' in s && !same(s.const, data)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((v) => same(v, data))) return false;
  if (typeof s.type === 'string' && !hasType(s.type, data)) return false;
  if (s.not !== undefined && matches(s.not as Schema, data)) return false;
  if (Array.isArray(s.allOf) && !s.allOf.every((x) => matches(x as Schema, data))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((x) => matches(x as Schema, data))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((x) => matches(x as Schema, data)).length !== 1) return false;
  if (typeof data === 'number') {
    if (typeof s.minimum === 'number' && data < s.minimum) return false;
    if (typeof s.maximum === 'number' && data > s.maximum) return false;
    if (typeof s.exclusiveMinimum === 'number' && data <= s.exclusiveMinimum) return false;
    if (typeof s.exclusiveMaximum === 'number' && data >= s.exclusiveMaximum) return false;
  }
  if (Array.isArray(data) && s.contains !== undefined && !data.some((x) => matches(s.contains as Schema, x)))
    return false;
  if (isObject(data)) {
    if (Array.isArray(s.required) && !s.required.every((k) => data[k as string] !== undefined)) return false;
    const props = s.properties as Record<string, Schema> | undefined;
    for (const [k, sub] of Object.entries(props ?? {}))
      if (data[k] !== undefined && !matches(sub, data[k])) return false;
  }
  if (s.if !== undefined) {
    const branch = matches(s.if as Schema, data) ? s.then : s.else;
    if (branch !== undefined && !matches(branch as Schema, data)) return false;
  }
  return true;
}

function hasType(type: string, data: unknown): boolean {
  switch (type) {
    case 'array':
      return Array.isArray(data);
    case 'object':
      return isObject(data);
    case 'integer':
      return Number.isInteger(data);
    case 'null':
      return data === null;
    default:
      return typeof data === type;
  }
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
