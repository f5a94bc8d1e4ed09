import type { Module, Result } from '../types';
import { ok } from '../types';
import { checkIndex } from './checkIndex';
import { insertAt } from './fieldList';
import { newConditionProblem, refusal } from './newConditionProblem';
import { refuse } from '../messages/modelError';

export interface MoveStepArgs {
  id: string;
  /** The step's new position among the steps. */
  index: number;
}

/** Moves a step; refused when a condition would then read a field of a later step. */
export function moveStep(module: Module, args: MoveStepArgs): Result<Module> {
  const from = module.steps.findIndex((s) => s.id === args.id);
  const step = module.steps[from];
  if (!step) return refuse('unknown_step', { id: args.id }, '', { id: args.id });
  const badIndex = checkIndex(args.index, module.steps.length - 1, '/steps');
  if (badIndex) return { ok: false, error: badIndex };
  if (args.index === from) return ok(module);
  const moved = {
    ...module,
    steps: insertAt(
      module.steps.filter((_, i) => i !== from),
      args.index,
      step,
    ),
  };
  const problem = newConditionProblem(module, moved);
  return problem ? { ok: false, error: refusal(problem, args.id) } : ok(moved);
}
