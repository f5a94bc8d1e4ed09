import type { CompileContext, Field, Module } from '@modulo/form-model';
import { getFieldKind, localize, sampleContext, visibleFields } from '@modulo/form-model';

/** A context for kinds' `sample` and `toJsonSchema` of scalar fields (no children to compile). */
export const scalarContext: CompileContext = {
  lang: 'it',
  text: (t) => localize(t),
  compileFields: () => {
    throw new Error('scalarContext compiles no child fields');
  },
  define: () => {
    throw new Error('scalarContext compiles no child fields');
  },
  sampleFields: (fields) => sampleContext().sampleFields(fields),
};

/** The kind's example answer for one field. */
export function sampleAnswer(field: Field): unknown {
  return getFieldKind(field.kind)?.sample(field, scalarContext);
}

/**
 * The answers `sampleSubmission` would give, except that a visible top-level field named in
 * `overrides` takes that answer instead; later fields follow from it. This is how the suite
 * walks every branch of a module's conditions.
 */
export function sampleWith(module: Module, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const step of module.steps) {
    for (const field of step.fields) {
      if (!getFieldKind(field.kind)?.hasValue) continue;
      // The model's visibility (a `not` on a hidden field does not show this one); conditions
      // read only earlier fields, already answered here.
      if (!visibleFields(module, data).has(field.id)) continue;
      data[field.id] = Object.hasOwn(overrides, field.id) ? overrides[field.id] : sampleAnswer(field);
    }
  }
  return data;
}
