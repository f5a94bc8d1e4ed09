import type { ConditionProblem } from '../lint/conditionProblems';
import { conditionProblems } from '../lint/conditionProblems';
import { modelError } from '../messages/modelError';
import type { Module, ModelError } from '../types';

/**
 * The first condition problem that `after` has and `before` had not. Comparing with the module
 * before the edit means a module opened with a broken condition can still be edited: only
 * edits that break something new are refused.
 */
export function newConditionProblem(before: Module, after: Module): ConditionProblem | undefined {
  const key = (p: ConditionProblem) => `${p.code}|${p.ownerType}|${p.owner}|${p.property}|${p.reads}`;
  const existing = new Set(conditionProblems(before).map(key));
  return conditionProblems(after).find((p) => !existing.has(key(p)));
}

/**
 * The refusal of an edit of `id` that would create `problem`: its `path` points at the broken
 * reference in the module as the edit would leave it; `id` names what was edited.
 */
export function refusal(problem: ConditionProblem, id: string): ModelError {
  return modelError(problem.code, problem.params, problem.pointer, { id });
}
