import type { VisibilityCompiler } from './compileVisibility';
import { compileVisibility } from './compileVisibility';
import type { LeafCondition } from './conditionToSchema';
import { conditionLeaves, conditionToSchema } from './conditionToSchema';
import type { JsonSchema, UiSchema } from './jsonSchema';
import { JSON_SCHEMA_DIALECT } from './jsonSchema';
import type { CompileContext, FieldKind, FieldKindRegistry } from './kinds/FieldKind';
import { builtInRegistry } from './kinds/registry';
import { localize } from './localize';
import type { Field, Module, PrefillSource } from './types';
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
  /** The field kinds; default `builtInRegistry`. */
  registry?: FieldKindRegistry;
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
  const ctx = createContext(options.lang ?? 'it', defs, TOP, options.registry ?? builtInRegistry);
  const { schema, uiSchema, visibility } = compilePlaced(placeTopLevel(module), ctx, TOP);
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

/**
 * What a nested level's schema takes as decided by its enclosing levels: the truth of each
 * condition leaf on their fields, and which of those fields are hidden. A nested object's
 * schema cannot see the root, so the enclosing level branches on these (see `containerVariants`).
 */
interface Scope {
  /** Leaf (by `leafKey`) → whether it holds, for leaves on enclosing levels' fields. */
  known: ReadonlyMap<string, boolean>;
  /** Enclosing levels' fields that are hidden in this variant. */
  hidden: ReadonlySet<string>;
  /** Appended to `$defs` names made in this variant, so each variant has its own. */
  suffix: string;
  /** Compiling only for the uiSchema: definitions are thrown away, no variants. */
  uiOnly: boolean;
}

const TOP: Scope = { known: new Map(), hidden: new Set(), suffix: '', uiOnly: false };

const leafKey = (leaf: LeafCondition) => JSON.stringify(leaf);

const defsByContext = new WeakMap<CompileContext, Record<string, JsonSchema>>();
const defsOf = (ctx: CompileContext) => defsByContext.get(ctx)!;

function createContext(
  lang: string,
  defs: Record<string, JsonSchema>,
  scope: Scope,
  kinds: FieldKindRegistry,
): CompileContext {
  const ctx: CompileContext = {
    lang,
    kinds,
    define: (name, schema) => {
      const full = `${name}${scope.suffix}`;
      defs[full] = schema;
      return { $ref: `#/$defs/${full}` };
    },
    text: (t) => localize(t, lang),
    sampleFields: () => {
      throw new Error('compile context does not sample: use sampleSubmission');
    },
    compileFields: (fields) =>
      compilePlaced(
        fields.map((field) => ({ field })),
        ctx,
        scope,
      ),
  };
  defsByContext.set(ctx, defs);
  return ctx;
}

function compilePlaced(
  placed: PlacedField[],
  ctx: CompileContext,
  scope: Scope,
): { schema: JsonSchema; uiSchema: UiSchema; visibility: VisibilityCompiler } {
  const visibility = compileVisibility(
    placed,
    ctx.define,
    (id) => (scope.hidden.has(id) ? (false as unknown as JsonSchema) : undefined),
    (leaf) => scope.known.get(leafKey(leaf)),
  );
  const properties: Record<string, JsonSchema | boolean> = {};
  const required: string[] = [];
  const allOf: JsonSchema[] = [];
  const order: string[] = [];
  const uiSchema: UiSchema = {};
  const uiCtx = createContext(ctx.lang, {}, { ...scope, uiOnly: true }, kindsOf(ctx));
  const levelIds = new Set(placed.map((p) => p.field.id));

  for (const { field } of placed) {
    const kind = kindsOf(ctx).get(field.kind);
    if (!kind) throw new Error(`unknown field kind "${field.kind}" (field ${field.id})`);
    uiSchema[field.id] = fieldUiSchema(field, uiCtx);
    if (!kind.hasValue) continue;
    order.push(field.id);
    const shown = visibility.field(field.id);
    const variants = scope.uiOnly ? [] : containerVariants(field, levelIds, visibility, ctx, scope);
    if (variants.length) {
      // The container's schema depends on answers of this level: one `if` per combination.
      for (const v of variants) {
        allOf.push({
          if: shown ? { allOf: [shown, ...v.when] } : allOfOrOne(v.when),
          then: {
            properties: { [field.id]: v.schema },
            ...(field.required && shown ? { required: [field.id] } : {}),
          },
        });
      }
      if (shown) allOf.push({ if: shown, then: { properties: { [field.id]: true } } });
      else {
        properties[field.id] = true;
        if (field.required) required.push(field.id);
      }
    } else {
      const schema = fieldSchema(field, ctx);
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
    }
    if (field.requiredWhen && !field.required) {
      const asRequired = variants.length
        ? kind.list
          ? { minItems: 1 }
          : undefined
        : requiredSchema(field, fieldSchema(field, ctx), ctx);
      allOf.push(requiredWhen(field, asRequired, shown, visibility.condition(field.requiredWhen)));
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

/** The most combinations of this level's answers one container's schema may depend on. */
export const MAX_CONTAINER_VARIABLES = 6;

/**
 * A group or list whose fields read answers of this level (a child's certificate asked only when
 * the family declared a disability): its schema is compiled once per combination of those
 * answers' leaves and visibility, each under an `if` at this level, since the nested object's
 * schema cannot see them. `[]` when the container reads nothing here. With k such leaves and
 * conditionally shown fields read, the container is compiled 2^k times; past
 * `MAX_CONTAINER_VARIABLES` compile throws (split the container, or move the question inside).
 */
function containerVariants(
  field: Field,
  levelIds: ReadonlySet<string>,
  visibility: VisibilityCompiler,
  ctx: CompileContext,
  scope: Scope,
): { when: JsonSchema[]; schema: JsonSchema }[] {
  if (!field.fields?.length) return [];
  const leaves = new Map<string, LeafCondition>();
  const hiddenable = new Set<string>();
  const visit = (fields: Field[]) => {
    for (const f of fields) {
      for (const leaf of [...conditionLeaves(f.condition), ...conditionLeaves(f.requiredWhen)]) {
        if (!levelIds.has(leaf.field)) continue;
        leaves.set(leafKey(leaf), leaf);
        if (visibility.field(leaf.field) !== undefined) hiddenable.add(leaf.field);
      }
      visit(f.fields ?? []);
    }
  };
  visit(field.fields);
  const vars = [
    ...[...leaves].map(([key, leaf]) => ({ leaf: key, id: undefined, schema: conditionToSchema(leaf) })),
    ...[...hiddenable].map((id) => ({ leaf: undefined, id, schema: visibility.field(id)! })),
  ];
  if (vars.length === 0) return [];
  if (vars.length > MAX_CONTAINER_VARIABLES) {
    throw new Error(
      `field "${field.id}": its fields read ${vars.length} conditions on answers outside it ` +
        `(at most ${MAX_CONTAINER_VARIABLES}); each doubles the compiled schema`,
    );
  }
  return Array.from({ length: 2 ** vars.length }, (_, n) => {
    const bits = vars.map((_v, i) => ((n >> i) & 1) === 1);
    const known = new Map(scope.known);
    const hidden = new Set(scope.hidden);
    vars.forEach((v, i) => {
      if (v.leaf !== undefined) known.set(v.leaf, bits[i]!);
      else if (!bits[i]) hidden.add(v.id!);
    });
    const suffix = `${scope.suffix}.${field.id}-${bits.map(Number).join('')}`;
    const variantCtx = createContext(
      ctx.lang,
      defsOf(ctx),
      { known, hidden, suffix, uiOnly: false },
      kindsOf(ctx),
    );
    return {
      when: vars.map((v, i) => (bits[i] ? v.schema : { not: v.schema })),
      schema: fieldSchema(field, variantCtx),
    };
  });
}

/**
 * `requiredWhen`: while the field is shown and the condition holds (with every field it reads
 * shown), the answer is required, with the schema of a required field (a required text may not
 * be blank, a required list needs an entry) where that differs.
 */
function requiredWhen(
  field: Field,
  asRequired: JsonSchema | undefined,
  shown: JsonSchema | undefined,
  condition: JsonSchema,
): JsonSchema {
  return {
    if: shown ? { allOf: [shown, condition] } : condition,
    then: { required: [field.id], ...(asRequired ? { properties: { [field.id]: asRequired } } : {}) },
  };
}

/** The field's schema as if `required`, or `undefined` when that changes nothing. */
function requiredSchema(field: Field, schema: JsonSchema, ctx: CompileContext): JsonSchema | undefined {
  const asRequired = fieldSchema({ ...field, required: true }, ctx);
  return JSON.stringify(asRequired) === JSON.stringify(schema) ? undefined : asRequired;
}

const kindsOf = (ctx: CompileContext): FieldKindRegistry => ctx.kinds ?? builtInRegistry;

function kindOf(field: Field, ctx: CompileContext): FieldKind {
  const kind = kindsOf(ctx).get(field.kind);
  if (!kind) throw new Error(`unknown field kind "${field.kind}" (field ${field.id})`);
  return kind;
}

function allOfOrOne(parts: JsonSchema[]): JsonSchema {
  return parts.length === 1 ? parts[0]! : { allOf: parts };
}

function fieldSchema(field: Field, ctx: CompileContext): JsonSchema {
  const kind = kindOf(field, ctx);
  const own = dropUndefined(kind.toJsonSchema(field, ctx));
  return {
    title: ctx.text(field.label),
    ...(field.help ? { description: ctx.text(field.help) } : {}),
    ...own,
  };
}

function fieldUiSchema(field: Field, ctx: CompileContext): UiSchema {
  const kind = kindOf(field, ctx);
  const ui: UiSchema = { ...kind.toUiSchema(field, ctx) };
  const autocomplete = (field.prefill && PREFILL_AUTOCOMPLETE[field.prefill]) ?? kind.autocomplete;
  if (autocomplete) ui['ui:autocomplete'] = autocomplete;
  if (field.prefill) ui['ui:prefill'] = field.prefill;
  if (field.prefill && field.readOnlyWhenPrefilled) ui['ui:readonlyWhenPrefilled'] = true;
  return ui;
}

/**
 * The autocomplete token of each identity claim a field may be prefilled from (WCAG 2.1 SC
 * 1.3.5, HTML "autofill detail tokens"): the browser can fill the same answer when the citizen
 * did not log in. Claims without a token (codice fiscale, partita IVA) have none.
 */
const PREFILL_AUTOCOMPLETE: Partial<Record<PrefillSource, string>> = {
  givenName: 'given-name',
  familyName: 'family-name',
  fullName: 'name',
  birthdate: 'bday',
  email: 'email',
  pec: 'email',
  phoneNumber: 'tel',
  address: 'street-address',
  companyName: 'organization',
};

function dropUndefined(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== undefined));
}
