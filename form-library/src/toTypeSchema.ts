import type { JsonSchema } from '@modulo/form-model';

type Schema = Record<string, unknown>;

/**
 * Rewrites a compiled submission schema into the plain shape json-schema-to-typescript turns
 * into one readable interface: conditional answers (declared in `allOf[].then.properties`)
 * become optional properties, objects are closed (no index signature), single-choice
 * `oneOf` consts become string unions, and nested titles move into doc comments so that
 * no extra named types appear. Only the root keeps a `title`, which names the interface.
 */
export function toTypeSchema(schema: JsonSchema, title: string): JsonSchema {
  const defs = (schema.$defs ?? {}) as Record<string, Schema>;
  return { ...convert(schema, defs), title, description: schema.title };
}

function convert(schema: Schema, defs: Record<string, Schema>): Schema {
  // List items live in `$defs` (see compile.ts): inline them so no extra named types appear.
  const ref = typeof schema.$ref === 'string' ? /^#\/\$defs\/(.+)$/.exec(schema.$ref) : null;
  if (ref) return convert(defs[ref[1]!] ?? {}, defs);
  const doc = comment(schema);
  if (schema.type === 'object' || schema.properties) {
    const properties: Record<string, Schema> = {};
    for (const [key, value] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
      properties[key] = convert(value, defs);
    }
    for (const part of (schema.allOf ?? []) as Schema[]) {
      const then = (part.then ?? {}) as Schema;
      for (const [key, value] of Object.entries((then.properties ?? {}) as Record<string, Schema>)) {
        properties[key] ??= convert(value, defs);
      }
    }
    return {
      ...doc,
      type: 'object',
      properties,
      required: schema.required ?? [],
      additionalProperties: false,
    };
  }
  if (schema.type === 'array')
    return { ...doc, type: 'array', items: convert((schema.items ?? {}) as Schema, defs) };
  const consts = constsOf(schema);
  if (consts) return { ...doc, enum: consts };
  if (schema.const !== undefined) return { ...doc, enum: [schema.const] };
  if (Array.isArray(schema.enum)) return { ...doc, enum: schema.enum };
  return { ...doc, type: schema.type };
}

function constsOf(schema: Schema): unknown[] | undefined {
  if (!Array.isArray(schema.oneOf)) return undefined;
  const consts = (schema.oneOf as Schema[]).map((o) => o.const);
  return consts.every((c) => c !== undefined) ? consts : undefined;
}

function comment(schema: Schema): Schema {
  // `$comment` carries units the type cannot (amounts are euro cents).
  const text = [schema.title, schema.description, schema.$comment]
    .filter((t) => typeof t === 'string' && t)
    .join(' — ');
  return text ? { description: text } : {};
}
