import { getFieldKind } from '../kinds/registry';
import type { Field, Module, Result } from '../types';
import { ok } from '../types';
import type { FieldLocation } from '../walkFields';
import { findField } from '../walkFields';
import { refuse } from '../messages/modelError';
import { fieldPointer } from '../fieldPointer';

/** Where a list of sibling fields lives: a step, or a container field (group, repeatable). */
export type FieldParent = { stepId: string } | { containerId: string };

/** The parent of the list a located field sits in. */
export function parentOf(location: FieldLocation): FieldParent {
  return location.parentId === undefined ? { stepId: location.stepId } : { containerId: location.parentId };
}

/** The sibling list of `parent`, or why there is none. */
export function fieldList(module: Module, parent: FieldParent): Result<Field[]> {
  if ('stepId' in parent) {
    const step = module.steps.find((s) => s.id === parent.stepId);
    if (step) return ok(step.fields);
    return refuse('unknown_step', { id: parent.stepId }, '', { id: parent.stepId });
  }
  const id = parent.containerId;
  const location = findField(module, id);
  if (!location) return refuse('unknown_field', { id: id }, '', { id: id });
  if (!getFieldKind(location.field.kind)?.container) {
    return refuse('not_a_container', { id }, fieldPointer(module, id) ?? '', { id });
  }
  return ok(location.field.fields ?? []);
}

/** The module with the sibling list of `parent` replaced. */
export function withFieldList(module: Module, parent: FieldParent, fields: Field[]): Module {
  if ('stepId' in parent) {
    return { ...module, steps: module.steps.map((s) => (s.id === parent.stepId ? { ...s, fields } : s)) };
  }
  return updateField(module, parent.containerId, (f) => ({ ...f, fields }));
}

/** The module with the field `id` replaced by `fn(field)`. */
export function updateField(module: Module, id: string, fn: (field: Field) => Field): Module {
  return mapModuleFields(module, (f) => (f.id === id ? fn(f) : f));
}

/**
 * Applies `fn` to every field, children first. Untouched steps and fields keep their identity,
 * so the designer's store can tell what changed by reference.
 */
export function mapModuleFields(module: Module, fn: (field: Field) => Field): Module {
  let changed = false;
  const steps = module.steps.map((step) => {
    const fields = mapFieldTree(step.fields, fn);
    if (fields === step.fields) return step;
    changed = true;
    return { ...step, fields };
  });
  return changed ? { ...module, steps } : module;
}

function mapFieldTree(fields: Field[], fn: (field: Field) => Field): Field[] {
  let changed = false;
  const out = fields.map((field) => {
    const children = field.fields && mapFieldTree(field.fields, fn);
    const next = fn(children && children !== field.fields ? { ...field, fields: children } : field);
    if (next !== field) changed = true;
    return next;
  });
  return changed ? out : fields;
}

/** `list` with `item` inserted at `index`. */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}
