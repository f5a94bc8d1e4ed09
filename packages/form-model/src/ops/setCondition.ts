import { conditionProblems } from '../lint/conditionProblems';
import type { Condition, Module, Result } from '../types';
import { ok } from '../types';
import { findField } from '../walkFields';
import { checkConditionShape } from './checkConditionShape';
import { updateField } from './fieldList';
import { refusal } from './newConditionProblem';
import { refuse } from '../messages/modelError';
import { pointerOf } from './pointerOf';

export interface SetConditionArgs {
  /** The field or step the condition shows or hides. */
  target: { fieldId: string } | { stepId: string };
  /** `undefined` removes the condition: always shown. */
  condition: Condition | undefined;
}

/**
 * Sets or clears the visibility condition of a field or step. Refused when the condition reads
 * an unknown field, the field itself (or its own children), a later field, or a field at
 * another level.
 */
export function setCondition(module: Module, args: SetConditionArgs): Result<Module> {
  const { condition } = args;
  const isStep = 'stepId' in args.target;
  const id = 'stepId' in args.target ? args.target.stepId : args.target.fieldId;
  if (isStep ? !module.steps.some((s) => s.id === id) : !findField(module, id)) {
    return isStep ? refuse('unknown_step', { id }, '', { id }) : refuse('unknown_field', { id }, '', { id });
  }
  const shape =
    condition === undefined
      ? undefined
      : checkConditionShape(condition, pointerOf(module, id), { id, what: isStep ? 'step' : 'field' });
  if (shape) return { ok: false, error: shape };

  const apply = <T extends { condition?: Condition }>(owner: T): T => {
    const copy = { ...owner };
    if (condition === undefined) delete copy.condition;
    else copy.condition = structuredClone(condition);
    return copy;
  };
  const next = isStep
    ? { ...module, steps: module.steps.map((s) => (s.id === id ? apply(s) : s)) }
    : updateField(module, id, apply);
  if (condition === undefined) return ok(next);
  const problem = conditionProblems(next).find(
    (p) => p.owner === id && p.ownerType === (isStep ? 'step' : 'field'),
  );
  return problem ? { ok: false, error: refusal(problem, id) } : ok(next);
}
