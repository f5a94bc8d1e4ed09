import type { JsonSchema } from '../jsonSchema';
import type { Exit } from '../types';
import type { Unmapped } from './ImportResult';
import { resolveRef } from './resolveRef';
/** What a conversion shares: the root (for `$ref`), the ids taken, and the list of what did not map. */
export interface SchemaContext {
  root: JsonSchema;
  /** Exits found at the top level (`if` … `then: false`). */
  exits: Exit[];
  taken: Set<string>;
  unmapped: Unmapped[];
}

export const MB = 2 ** 20;
export const ANNOTATIONS = new Set([
  'title',
  'description',
  '$comment',
  'default',
  'examples',
  '$id',
  '$schema',
  '$defs',
  'definitions',
  'readOnly',
  'writeOnly',
  'deprecated',
  '$anchor',
]);
export const isObject = (v: unknown): v is JsonSchema =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

export function deref(ctx: SchemaContext, schema: unknown, path: string): JsonSchema | undefined {
  const r = resolveRef(ctx.root, schema, []);
  if (r.error) ctx.unmapped.push({ path, reason: r.error });
  if (r.schema === true) return {};
  return isObject(r.schema) ? r.schema : undefined;
}

/** Reports the keywords of `s` that nothing read, so that none is dropped silently. */
export function leftovers(ctx: SchemaContext, s: JsonSchema, used: string[], path: string): void {
  for (const k of Object.keys(s))
    if (!used.includes(k) && !ANNOTATIONS.has(k))
      ctx.unmapped.push({
        path: `${path}/${esc(k)}`,
        reason: `keyword "${k}" has no equivalent in the module format and is not enforced`,
      });
}
