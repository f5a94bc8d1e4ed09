import type { Module, Result } from '../types';
import { ok } from '../types';
import { findField } from '../walkFields';
import { checkIndex } from './checkIndex';
import type { FieldParent } from './fieldList';
import { fieldList, insertAt, parentOf, withFieldList } from './fieldList';
import { newConditionProblem, refusal } from './newConditionProblem';
import { subtreeIds } from './removeField';
import { refuse } from '../messages/modelError';
import { fieldPointer } from '../fieldPointer';
import { pointerOf } from './pointerOf';

export interface MoveFieldArgs {
  id: string;
  /** The step or container field to move into (may be the current one). */
  to: FieldParent;
  /** Position among the new siblings once the field has been taken out; default last. */
  index?: number;
}

/**
 * Moves a field (with its children) within or between steps and containers. Refused when a
 * condition would then read a later field, or a field at another level.
 */
export function moveField(module: Module, args: MoveFieldArgs): Result<Module> {
  const location = findField(module, args.id);
  if (!location) return refuse('unknown_field', { id: args.id }, '', { id: args.id });
  if ('containerId' in args.to && subtreeIds(location.field).includes(args.to.containerId)) {
    const at = fieldPointer(module, args.id) ?? '';
    return refuse('move_into_itself', { id: args.id }, at, { id: args.id });
  }
  const from = parentOf(location);
  const siblings = fieldList(module, from);
  if (!siblings.ok) return siblings;
  // A bad destination is refused against the module as given, so its pointer is into it.
  const destination = fieldList(module, args.to);
  if (!destination.ok) return destination;
  const without = withFieldList(
    module,
    from,
    siblings.value.filter((_, i) => i !== location.index),
  );
  const target = fieldList(without, args.to);
  if (!target.ok) return target;
  const index = args.index ?? target.value.length;
  const badIndex = checkIndex(index, target.value.length, pointerOf(module, args.id));
  if (badIndex) return { ok: false, error: badIndex };
  if (sameParent(from, args.to) && index === location.index) return ok(module);

  const moved = withFieldList(without, args.to, insertAt(target.value, index, location.field));
  const problem = newConditionProblem(module, moved);
  return problem ? { ok: false, error: refusal(problem, args.id) } : ok(moved);
}

function sameParent(a: FieldParent, b: FieldParent): boolean {
  return 'stepId' in a
    ? 'stepId' in b && a.stepId === b.stepId
    : 'containerId' in b && a.containerId === b.containerId;
}
