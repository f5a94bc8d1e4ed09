import type { CompileContext, FieldKindRegistry } from './kinds/FieldKind';
import { builtInRegistry } from './kinds/registry';
import { localize } from './localize';
import type { Field, Module } from './types';
import type { OuterVisibility, PlacedField } from './visibility';
import { levelVisibility, placeTopLevel } from './visibility';

/**
 * A valid example submission: each field's sample answer, for every field that is
 * visible given the answers before it (choices take their first option).
 */
export function sampleSubmission(
  module: Module,
  options: string | SampleOptions = {},
): Record<string, unknown> {
  const { lang = 'it', registry = builtInRegistry } =
    typeof options === 'string' ? { lang: options } : options;
  return fillPlaced(placeTopLevel(module), lang, { data: {}, visible: () => undefined, kinds: registry });
}

/** How to sample: the language of texts in answers (default Italian) and the field kinds. */
export interface SampleOptions {
  lang?: string;
  registry?: FieldKindRegistry;
}

/** What a nested level sees of the levels around it: their answers so far and visibility. */
export interface SampleScope {
  data: Record<string, unknown>;
  visible: OuterVisibility;
  /** The field kinds; default `builtInRegistry`. */
  kinds?: FieldKindRegistry;
}

// Visibility is the one `compile` uses (`levelVisibility`), so the sample agrees with the schema
// even for `not` on a hidden field, and inside groups and lists that read top-level answers.
function fillPlaced(placed: PlacedField[], lang: string, outer: SampleScope): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const scopeData: Record<string, unknown> = { ...outer.data };
  // Conditions read only earlier fields, already filled when a later field asks.
  const visible = levelVisibility(placed, scopeData, outer.visible);
  const ids = new Set(placed.map((p) => p.field.id));
  const kinds = outer.kinds ?? builtInRegistry;
  const inner: SampleScope = {
    kinds,
    data: scopeData,
    visible: (id) => (ids.has(id) ? visible(id) : outer.visible(id)),
  };
  for (const { field } of placed) {
    const kind = kinds.get(field.kind);
    if (!kind?.hasValue) continue;
    if (!visible(field.id)) continue;
    data[field.id] = scopeData[field.id] = kind.sample(field, sampleContext(lang, inner));
  }
  return data;
}

/**
 * The context a kind's `sample` gets: children (group, list entry) sample within `scope` (by
 * default the top level, for sampling one field on its own).
 */
export function sampleContext(
  lang = 'it',
  scope: SampleScope = { data: {}, visible: () => undefined },
): CompileContext {
  return {
    lang,
    kinds: scope.kinds ?? builtInRegistry,
    text: (t) => localize(t, lang),
    sampleFields: (fields: Field[]) =>
      fillPlaced(
        fields.map((field) => ({ field })),
        lang,
        scope,
      ),
    compileFields: () => {
      throw new Error('sample context does not compile');
    },
    define: () => {
      throw new Error('sample context does not compile');
    },
  };
}
