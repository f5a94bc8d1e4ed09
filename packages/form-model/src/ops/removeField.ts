import type { Field, Module, Result } from '../types';
import { ok } from '../types';
import { findField } from '../walkFields';
import { dependantsOf, inUse } from './dependantsOf';
import { fieldList, parentOf, withFieldList } from './fieldList';
import { refuse } from '../messages/modelError';
import { pointerOf } from './pointerOf';

export interface RemoveFieldArgs {
  id: string;
}

/** Removes a field and its children; refused while a condition outside it reads any of them. */
export function removeField(module: Module, args: RemoveFieldArgs): Result<Module> {
  const location = findField(module, args.id);
  if (!location) return refuse('unknown_field', { id: args.id }, '', { id: args.id });
  const removed = new Set(subtreeIds(location.field));
  const dependants = dependantsOf(module, removed, removed);
  if (dependants.length > 0)
    return { ok: false, error: inUse(args.id, 'field', pointerOf(module, args.id), dependants) };
  const parent = parentOf(location);
  const siblings = fieldList(module, parent);
  if (!siblings.ok) return siblings;
  return ok(
    withFieldList(
      module,
      parent,
      siblings.value.filter((_, i) => i !== location.index),
    ),
  );
}

/** The ids of a field and all its descendants. */
export function subtreeIds(field: Field): string[] {
  return [field.id, ...(field.fields ?? []).flatMap(subtreeIds)];
}
