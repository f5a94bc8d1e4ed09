import type { Module, Result } from '../types';
import { ok } from '../types';
import { findField } from '../walkFields';
import { copyWithFreshIds } from './copyWithFreshIds';
import { takenIds } from './fieldIds';
import { fieldList, insertAt, parentOf, withFieldList } from './fieldList';
import { newConditionProblem, refusal } from './newConditionProblem';
import { refuse } from '../messages/modelError';

export interface DuplicateFieldArgs {
  id: string;
}

/**
 * Inserts a deep copy of a field right after it. The copy and its children get fresh ids
 * ("nome" → "nome2"), and conditions inside the copy read the copied fields.
 */
export function duplicateField(module: Module, args: DuplicateFieldArgs): Result<Module> {
  const location = findField(module, args.id);
  if (!location) return refuse('unknown_field', { id: args.id }, '', { id: args.id });
  const parent = parentOf(location);
  const siblings = fieldList(module, parent);
  if (!siblings.ok) return siblings;
  const copy = copyWithFreshIds(location.field, takenIds(module));
  const next = withFieldList(module, parent, insertAt(siblings.value, location.index + 1, copy));
  // The copy sits right after the original, so this only trips on a copy of a broken condition.
  const problem = newConditionProblem(module, next);
  return problem ? { ok: false, error: refusal(problem, args.id) } : ok(next);
}
