import type { CompileContext } from './kinds/FieldKind';
import { getFieldKind } from './kinds/registry';
import { localize } from './localize';
import type { Field, Module } from './types';
import type { PlacedField } from './visibility';
import { levelVisibility } from './visibility';

/**
 * A valid example submission: each field's sample answer, for every field that is
 * visible given the answers before it (choices take their first option).
 */
export function sampleSubmission(module: Module, lang = 'it'): Record<string, unknown> {
  const placed = module.steps.flatMap((step) =>
    step.fields.map((field): PlacedField => ({ field, stepCondition: step.condition })),
  );
  return fillPlaced(placed, sampleContext(lang));
}

/** Sample answers for a list of sibling fields (the inside of a group or list item). */
export function sampleObject(fields: Field[], ctx: CompileContext): Record<string, unknown> {
  return fillPlaced(
    fields.map((field) => ({ field })),
    ctx,
  );
}

// Visibility uses the same effective (transitive) conditions as `compile`, so the sample
// agrees with the schema even for `not`/`notEquals` conditions on a hidden field.
function fillPlaced(placed: PlacedField[], ctx: CompileContext): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  // Conditions read only earlier fields, already filled when a later field asks.
  const visible = levelVisibility(placed, data);
  for (const { field } of placed) {
    const kind = getFieldKind(field.kind);
    if (!kind?.hasValue) continue;
    if (!visible(field.id)) continue;
    data[field.id] = kind.sample(field, ctx);
  }
  return data;
}

function sampleContext(lang: string): CompileContext {
  return {
    lang,
    text: (t) => localize(t, lang),
    compileFields: () => {
      throw new Error('sample context does not compile');
    },
    define: () => {
      throw new Error('sample context does not compile');
    },
  };
}
