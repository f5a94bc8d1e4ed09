import type { JsonSchema } from '../jsonSchema';

/**
 * Follows local `$ref`s (`#/$defs/x`, `#/definitions/x`, any `#/...` JSON Pointer) until a schema
 * without one. Siblings of a `$ref` (2020-12 allows them) are merged with the target (see `mergeSiblings`). Returns
 * undefined, with the reason, for a remote or missing reference or a cycle.
 */
export function resolveRef(
  root: JsonSchema,
  schema: unknown,
  seen: string[] = [],
): { schema: unknown; error?: string } {
  if (typeof schema !== 'object' || schema === null || !('$ref' in schema)) return { schema };
  const { $ref, ...siblings } = schema as JsonSchema;
  if (typeof $ref !== 'string' || !$ref.startsWith('#'))
    return { schema: undefined, error: `remote $ref ${String($ref)} is not followed` };
  if (seen.includes($ref)) return { schema: undefined, error: `$ref ${$ref} refers to itself` };
  let target: unknown = root;
  for (const part of $ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    target = typeof target === 'object' && target !== null ? (target as JsonSchema)[key] : undefined;
  }
  if (target === undefined) return { schema: undefined, error: `$ref ${$ref} points to nothing` };
  const resolved = resolveRef(root, target, [...seen, $ref]);
  if (resolved.error || Object.keys(siblings).length === 0) return resolved;
  if (typeof resolved.schema !== 'object' || resolved.schema === null) return resolved;
  return { schema: mergeSiblings(resolved.schema as JsonSchema, siblings) };
}

const TIGHTER: Record<string, (a: number, b: number) => number> = {
  maximum: Math.min,
  exclusiveMaximum: Math.min,
  maxLength: Math.min,
  maxItems: Math.min,
  minimum: Math.max,
  exclusiveMinimum: Math.max,
  minLength: Math.max,
  minItems: Math.max,
};

/**
 * Both a `$ref` and its siblings apply (2020-12), so a bound present on both sides keeps the
 * tighter one; annotations (title, description) and other keywords of the siblings win.
 */
function mergeSiblings(target: JsonSchema, siblings: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...target };
  for (const [k, v] of Object.entries(siblings)) {
    const both = typeof v === 'number' && typeof target[k] === 'number' && TIGHTER[k];
    out[k] = both ? both(target[k] as number, v as number) : v;
  }
  return out;
}
