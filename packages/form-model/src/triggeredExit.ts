import { evaluateCondition } from './evaluateCondition';
import type { Exit, Module } from './types';

/** An exit that a submission reaches, and the step that carries it (absent for a module exit). */
export interface TriggeredExit {
  exit: Exit;
  stepId?: string;
}

/**
 * The first exit these answers reach: the module's own exits first, then each step's in
 * reading order, a step's only while the step is shown (its `condition` holds). `undefined`
 * when the procedure is for this citizen. Give it the answers without hidden ones (as filed).
 */
export function triggeredExit(module: Module, answers: Record<string, unknown>): TriggeredExit | undefined {
  for (const exit of module.exits ?? []) {
    if (evaluateCondition(exit.when, answers)) return { exit };
  }
  for (const step of module.steps) {
    if (!step.exits?.length) continue;
    if (step.condition && !evaluateCondition(step.condition, answers)) continue;
    for (const exit of step.exits) {
      if (evaluateCondition(exit.when, answers)) return { exit, stepId: step.id };
    }
  }
  return undefined;
}
