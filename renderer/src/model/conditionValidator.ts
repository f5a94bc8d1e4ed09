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
  isValid: (schema, formData, rootSchema) => matches(schema, formData, rootSchema),
  validateFormData: () => ({ errors: [], errorSchema: {} }),
  rawValidation: () => ({ errors: [] }),
};

/** Whether `data` satisfies the subset of JSON Schema used by conditions and choices. */
export function matches(schema: Schema, data: unknown, root?: RJSFSchema): boolean {
  if (typeof schema === 'boolean') return schema;
  const s = schema as Record<string, unknown>;
  const m = (sub: unknown, d: unknown) => matches(sub as Schema, d, root);
  if (typeof s.$ref === 'string' && !m(resolve(s.$ref, root), data)) return false;
  if ('const' in s && !same(s.const, data)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((v) => same(v, data))) return false;
  if (typeof s.type === 'string' && !hasType(s.type, data)) return false;
  if (s.not !== undefined && m(s.not, data)) return false;
  if (Array.isArray(s.allOf) && !s.allOf.every((x) => m(x, data))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((x) => m(x, data))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((x) => m(x, data)).length !== 1) return false;
  if (typeof data === 'number') {
    if (typeof s.minimum === 'number' && data < s.minimum) return false;
    if (typeof s.maximum === 'number' && data > s.maximum) return false;
    if (typeof s.exclusiveMinimum === 'number' && data <= s.exclusiveMinimum) return false;
    if (typeof s.exclusiveMaximum === 'number' && data >= s.exclusiveMaximum) return false;
  }
  if (Array.isArray(data) && s.contains !== undefined && !data.some((x) => m(s.contains, x))) return false;
  if (isObject(data)) {
    if (Array.isArray(s.required) && !s.required.every((k) => data[k as string] !== undefined)) return false;
    const props = s.properties as Record<string, Schema> | undefined;
    for (const [k, sub] of Object.entries(props ?? {}))
      if (data[k] !== undefined && !m(sub, data[k])) return false;
  }
  if (s.if !== undefined) {
    const branch = m(s.if, data) ? s.then : s.else;
    if (branch !== undefined && !m(branch, data)) return false;
  }
  return true;
}

/** A local `$ref` ("#/$defs/x") in the root schema; unknown refs hold (schema resolution only). */
function resolve(ref: string, root: RJSFSchema | undefined): Schema {
  if (!root || !ref.startsWith('#/')) return true;
  let node: unknown = root;
  for (const part of ref.slice(2).split('/'))
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return (node ?? true) as Schema;
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
