import type { JsonSchema, UiSchema } from '../jsonSchema';
import type { KindMessages, MessageParams } from '../messages/ModelIssue';
import type { Field, LocalizedText, Module } from '../types';

/** What a field kind needs from the compiler. */
export interface CompileContext {
  /** The language to compile labels into; falls back to Italian. */
  lang: string;
  /** Picks `lang` from a localized text, falling back to Italian. */
  text(t: LocalizedText): string;
  /** Compiles child fields (group, repeatable) into an object schema and its uiSchema. */
  compileFields(fields: Field[]): { schema: JsonSchema; uiSchema: UiSchema };
  /** Puts a subschema under the root's `$defs` and returns a `$ref` to it. */
  define(name: string, schema: JsonSchema): JsonSchema;
  /**
   * Sample answers for child fields (group, list entry), with the visibility of `compile`:
   * what `sample` uses, so a kind needs no import of the sampler (no import cycle).
   */
  sampleFields(fields: Field[]): Record<string, unknown>;
  /** The registry the module is compiled or sampled with (a kind may look up another). */
  kinds?: FieldKindRegistry;
}

/**
 * The field kinds one caller works with: a value passed as `options.registry` to `parseModule`,
 * `compile`, `validateSubmission`, `lintModule` and `sampleSubmission` (default
 * `builtInRegistry`), so that a Comune's own kinds live in its own registry and never leak
 * into another's.
 */
export interface FieldKindRegistry {
  /** The kind registered under `kind`, if any. */
  get(kind: string): FieldKind | undefined;
  /** All kinds, in registration order (built-in first when made from them). */
  list(): FieldKind[];
  /** Adds a kind; refuses to replace an existing one. */
  register(kind: FieldKind): void;
}

export type FieldKindCategory = 'text' | 'number' | 'choice' | 'identity' | 'contact' | 'file' | 'layout';

/**
 * A field kind: plain data plus pure functions, registered by `kind`.
 * The designer's inspector and the renderer's widget register under the same `kind`.
 */
export interface FieldKind {
  kind: string;
  /** Name shown in the designer's palette. */
  label: LocalizedText;
  category: FieldKindCategory;
  /**
   * What a new field of this kind starts with. `required` is the initial `Field.required`
   * (privacy consent starts required); the field's own flag decides once it exists.
   */
  defaults: { label: LocalizedText; props: Record<string, unknown>; fields?: Field[]; required?: boolean };
  /**
   * JSON Schema 2020-12 of the field's `props` (absent props count as `{}`): closed with
   * `additionalProperties: false`, one `description` per prop. `parseModule` and `setFieldProperty`
   * check it, plus what a schema cannot say about props of these names: `pattern` compiles as a
   * regular expression, `minLength` ≤ `maxLength`, `min` ≤ `max`, `minItems` ≤ `maxItems`,
   * `notBefore` ≤ `notAfter`, and `options` have distinct values.
   */
  propsSchema: JsonSchema;
  /** False for kinds that only show something (information text): they hold no answer. */
  hasValue: boolean;
  /** True for kinds whose `fields` are children (group, repeatable). */
  container?: boolean;
  /**
   * The HTML `autocomplete` token of the answer (WCAG 2.1 SC 1.3.5: `email`, `tel`,
   * `postal-code`...), compiled to `ui:autocomplete`; a field's `prefill` names a finer one.
   */
  autocomplete?: string;
  /** True for containers answered with a list of objects, one per entry (repeatable). */
  list?: boolean;
  /** The JSON Schema of the value; `title` and `description` are added by `compile`. */
  toJsonSchema(field: Field, ctx: CompileContext): JsonSchema;
  /** The uiSchema of the field (widget, options); `ui:help` is added by `compile`. */
  toUiSchema(field: Field, ctx: CompileContext): UiSchema;
  /**
   * The kind's own messages per error code, in Italian and English (e.g. what a wrong codice
   * fiscale means); they win over the catalogue's for that code (see `formatError`).
   */
  messages?: KindMessages;
  /**
   * The kind's own lint rules on one field (a choice without options, an empty information
   * text), run by `lintModule` on every field of this kind.
   */
  lint?(field: Field, ctx: KindLintContext): KindLintFinding[];
  /**
   * The answer is a document the procedure lists among its attachments (D.Lgs 33/2013 art. 35
   * c. 1 d): `lintModule` matches such fields with `procedure.attachments` by id.
   */
  document?: boolean;
  /** A valid example answer, for previews and the contract suite. */
  sample(field: Field, ctx: CompileContext): unknown;
}

/** Reads a kind's prop with its default applied. */
export function prop<T>(field: Field, kind: FieldKind, name: string): T {
  return (field.props?.[name] ?? kind.defaults.props[name]) as T;
}

/** What a kind's lint rules see beyond the field. */
export interface KindLintContext {
  /** The registry the module is linted with. */
  kinds: FieldKindRegistry;
  /** The module the field belongs to (its procedure data, e.g. the published documents). */
  module: Module;
  /**
   * `hard_to_read` for a text of the field whose Italian scores below the Gulpease threshold
   * (`markdown`: read as the citizen sees it), as `lintModule` reads labels and help.
   */
  readable(
    text: LocalizedText | undefined,
    property: string,
    options?: { markdown?: boolean },
  ): KindLintFinding[];
}

/** A finding of a kind's lint rule; `lintModule` adds the field's path. */
export interface KindLintFinding {
  severity: 'error' | 'warning' | 'info';
  /** Stable English code; the catalogue or the kind's `messages` has its texts. */
  code: string;
  params?: MessageParams;
  /** Which setting of the field, e.g. "options". */
  property?: string;
}
