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

/** The refusal to remove `what` while the conditions of `dependants` read it. */
export function inUse(what: string, path: string, dependants: string[]): ModelError {
  return {
    code: 'field_in_use',
    message: `Non è possibile eliminare ${what}: è usato da ${dependants.join(', ')}. Modifica prima quelle condizioni.`,
    path,
  };
}
