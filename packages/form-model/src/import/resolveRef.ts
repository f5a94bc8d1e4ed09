import type { JsonSchema } from '../jsonSchema';

/**
 * Follows local `$ref`s (`#/$defs/x`, `#/definitions/x`, any `#/...` JSON Pointer) until a schema
 * without one. Siblings of a `$ref` (2020-12 allows them) are merged over the target. Returns
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
  return { schema: { ...(resolved.schema as JsonSchema), ...siblings } };
}
