import { conditionFields, evaluateCondition } from './evaluateCondition';
import type { Condition, Exit, Module } from './types';
import { walkVisible } from './visibility';

/** An exit that a submission reaches, and the step that carries it (absent for a module exit). */
export interface TriggeredExit {
  exit: Exit;
  stepId?: string;
}

/**
 * The first exit these answers reach: the module's own exits first, then each step's in
 * reading order, a step's only while the step is shown. Visibility is the compiled schema's
 * (`visibleFields`): an exit or step condition that reads a hidden field does not hold, even
 * through a `not` (a hidden answer is no answer, and no reason to stop the citizen), and
 * hidden answers are ignored. `undefined` when the procedure is for this citizen.
 */
export function triggeredExit(module: Module, answers: Record<string, unknown>): TriggeredExit | undefined {
  if (!module.exits?.length && !module.steps.some((s) => s.exits?.length)) return undefined;
  // One walk gives both `visibleFields` and `pruneHidden`: it is a visible share of a filing's CPU.
  const visible = new Set<string>();
  const shown = walkVisible(module, answers, ({ field }) => visible.add(field.id));
  const holds = (c: Condition) =>
    conditionFields(c).every((id) => visible.has(id)) && evaluateCondition(c, shown);
  for (const exit of module.exits ?? []) {
    if (holds(exit.when)) return { exit };
  }
  for (const step of module.steps) {
    if (!step.exits?.length) continue;
    if (step.condition && !holds(step.condition)) continue;
    for (const exit of step.exits) {
      if (holds(exit.when)) return { exit, stepId: step.id };
    }
  }
  return undefined;
}
