import type { Condition, Module, Result } from '../types';
import { ok } from '../types';
import { findField } from '../walkFields';
import { checkConditionShape } from './checkConditionShape';
import { updateField } from './fieldList';
import { newConditionProblem, refusal } from './newConditionProblem';
import { refuse } from '../messages/modelError';
import { pointerOf } from './pointerOf';

export interface SetRequiredWhenArgs {
  fieldId: string;
  /** `undefined` removes the rule: the field's `required` alone decides. */
  condition: Condition | undefined;
}

/**
 * Sets or clears the format 3 `requiredWhen` of a field: required only when the condition holds.
 * Refused, with the model's reason, when the condition reads an unknown, later or enclosing
 * field, the field itself, or a field out of its scope; and on a field that holds no answer.
 */
export function setRequiredWhen(module: Module, args: SetRequiredWhenArgs): Result<Module> {
  const { fieldId, condition } = args;
  const at = findField(module, fieldId);
  if (!at) return refuse('unknown_field', { id: fieldId }, '', { id: fieldId });
  if (condition === undefined) {
    if (at.field.requiredWhen === undefined) return ok(module);
    return ok(updateField(module, fieldId, ({ requiredWhen: _gone, ...rest }) => rest));
  }
  const shape = checkConditionShape(condition, pointerOf(module, fieldId), { id: fieldId });
  if (shape) return { ok: false, error: shape };
  if (at.field.fields !== undefined || at.field.kind === 'group') {
    return refuse(
      'invalid_property',
      { id: fieldId, property: 'requiredWhen', problem: 'container_required' },
      pointerOf(module, fieldId),
      { id: fieldId },
    );
  }
  const next = updateField(module, fieldId, (f) => ({ ...f, requiredWhen: structuredClone(condition) }));
  const problem = newConditionProblem(module, next);
  return problem ? { ok: false, error: refusal(problem, fieldId) } : ok(next);
}
