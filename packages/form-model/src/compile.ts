import type { VisibilityCompiler } from './compileVisibility';
import { compileVisibility } from './compileVisibility';
import type { JsonSchema, UiSchema } from './jsonSchema';
import { JSON_SCHEMA_DIALECT } from './jsonSchema';
import type { CompileContext } from './kinds/FieldKind';
import { getFieldKind } from './kinds/registry';
import { localize } from './localize';
import type { Field, Module } from './types';
import { compileExits } from './compileExits';
import type { PlacedField } from './visibility';
import { placeTopLevel } from './visibility';

export interface CompiledModule {
  /** Standard JSON Schema 2020-12 for the submission data. */
  schema: JsonSchema;
  /** rjsf uiSchema: field order, widgets, help texts. */
  uiSchema: UiSchema;
}

export interface CompileOptions {
  /** Language of titles and help texts; default Italian. */
  lang?: string;
}

/** The URI that names a module version's compiled schema. */
export function schemaId(module: Pick<Module, 'id' | 'version'>): string {
  return `urn:modulo:module:${module.id}:${module.version}`;
}

/**
 * Compiles a module into JSON Schema 2020-12 and an rjsf uiSchema.
 *
 * Answers form one flat object keyed by field id. A field shown only under a condition is
 * declared only inside the `then` of an `if` on its visibility (a `$ref` to
 * `$defs/visible-<id>`, see `compileVisibility`), and every object is closed
 * with `unevaluatedProperties: false`, so any 2020-12 validator rejects a hidden answer and
 * requires a visible required one. Throws on an unknown kind: parse the module first.
 */
export function compile(module: Module, options: CompileOptions = {}): CompiledModule {
  const defs: Record<string, JsonSchema> = {};
  const ctx = createContext(options.lang ?? 'it', defs);
  const { schema, uiSchema, visibility } = compilePlaced(placeTopLevel(module), ctx);
  const exits = compileExits(module, visibility, ctx);
  const allOf = [...((schema.allOf as JsonSchema[] | undefined) ?? []), ...exits];
  return {
    schema: {
      $schema: JSON_SCHEMA_DIALECT,
      $id: schemaId(module),
      title: ctx.text(module.title),
      ...schema,
      ...(allOf.length ? { allOf } : {}),
      ...(Object.keys(defs).length ? { $defs: defs } : {}),
    },
    uiSchema,
  };
}

function createContext(lang: string, defs: Record<string, JsonSchema>): CompileContext {
  const ctx: CompileContext = {
    lang,
    define: (name, schema) => {
      defs[name] = schema;
      return { $ref: `#/$defs/${name}` };
    },
    text: (t) => localize(t, lang),
    compileFields: (fields) =>
      compilePlaced(
        fields.map((field) => ({ field })),
        ctx,
      ),
  };
  return ctx;
}

function compilePlaced(
  placed: PlacedField[],
  ctx: CompileContext,
): { schema: JsonSchema; uiSchema: UiSchema; visibility: VisibilityCompiler } {
  const visibility = compileVisibility(placed, ctx.define);
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const allOf: JsonSchema[] = [];
  const order: string[] = [];
  const uiSchema: UiSchema = {};

  for (const { field } of placed) {
    const kind = getFieldKind(field.kind);
    if (!kind) throw new Error(`unknown field kind "${field.kind}" (field ${field.id})`);
    uiSchema[field.id] = fieldUiSchema(field, ctx);
    if (!kind.hasValue) continue;
    order.push(field.id);
    const schema = fieldSchema(field, ctx);
    const shown = visibility.field(field.id);
    if (shown) {
      allOf.push(
        {
          if: shown,
          then: { properties: { [field.id]: schema }, ...(field.required ? { required: [field.id] } : {}) },
        },
        // A failing `then` (a wrong answer) drops its annotations (2020-12 core 7.7.1), so the
        // shown answer would also be "unevaluated", i.e. not allowed. This entry never fails.
        { if: shown, then: { properties: { [field.id]: true } } },
      );
    } else {
      properties[field.id] = schema;
      if (field.required) required.push(field.id);
    }
    if (field.requiredWhen && !field.required) {
      allOf.push(requiredWhen(field, schema, shown, visibility.condition(field.requiredWhen), ctx));
    }
  }

  uiSchema['ui:order'] = [...order, '*'];
  return {
    schema: {
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      ...(allOf.length ? { allOf } : {}),
      unevaluatedProperties: false,
    },
    uiSchema,
    visibility,
  };
}

/**
 * `requiredWhen`: while the field is shown and the condition holds (with every field it reads
 * shown), the answer is required, with the schema of a required field (a required text may not
 * be blank, a required list needs an entry), added only where it differs.
 */
function requiredWhen(
  field: Field,
  schema: JsonSchema,
  shown: JsonSchema | undefined,
  condition: JsonSchema,
  ctx: CompileContext,
): JsonSchema {
  const asRequired = fieldSchema({ ...field, required: true }, ctx);
  const differs = JSON.stringify(asRequired) !== JSON.stringify(schema);
  return {
    if: shown ? { allOf: [shown, condition] } : condition,
    then: { required: [field.id], ...(differs ? { properties: { [field.id]: asRequired } } : {}) },
  };
}

function fieldSchema(field: Field, ctx: CompileContext): JsonSchema {
  const kind = getFieldKind(field.kind)!;
  const own = dropUndefined(kind.toJsonSchema(field, ctx));
  return {
    title: ctx.text(field.label),
    ...(field.help ? { description: ctx.text(field.help) } : {}),
    ...own,
  };
}

function fieldUiSchema(field: Field, ctx: CompileContext): UiSchema {
  const kind = getFieldKind(field.kind)!;
  const ui: UiSchema = { ...kind.toUiSchema(field, ctx) };
  if (field.prefill) ui['ui:prefill'] = field.prefill;
  if (field.prefill && field.readOnlyWhenPrefilled) ui['ui:readonlyWhenPrefilled'] = true;
  return ui;
}

function dropUndefined(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== undefined));
}
