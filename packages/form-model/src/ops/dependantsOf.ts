import { modelError } from '../messages/modelError';
import { moduleReferences, ownerName } from '../references';
import type { Module, ModelError } from '../types';

/**
 * What reads any of `ids` (conditions, requiredWhen, date rules, routing rules, exits, fees),
 * named for office staff, leaving out the fields and steps in `ignore` (those being removed,
 * with the exits of an ignored step).
 */
export function dependantsOf(
  module: Module,
  ids: ReadonlySet<string>,
  ignore: ReadonlySet<string>,
): string[] {
  const names = moduleReferences(module)
    .filter((ref) => {
      const o = ref.owner;
      const ignored =
        o.type === 'field' || o.type === 'step'
          ? ignore.has(o.id)
          : o.type === 'stepExit' && ignore.has(o.stepId);
      return !ignored && ref.reads.some((id) => ids.has(id));
    })
    .map((ref) => ownerName(ref.owner));
  return [...new Set(names)];
}

/** The refusal to remove the field or step `id` (at `path`) while the rules of `dependants` read it. */
export function inUse(id: string, what: 'field' | 'step', path: string, dependants: string[]): ModelError {
  return modelError('field_in_use', { id, what, dependants }, path, { id });
}
