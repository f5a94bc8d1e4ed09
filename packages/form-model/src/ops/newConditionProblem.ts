import type { ConditionProblem } from '../lint/conditionProblems';
import { conditionProblems } from '../lint/conditionProblems';
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

/** The refusal of an edit of `path` that would create `problem`. */
export function refusal(problem: ConditionProblem, path: string, what: string): ModelError {
  return { code: problem.code, message: `${what} non è possibile: ${lowerFirst(problem.message)}`, path };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
