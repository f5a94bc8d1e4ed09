import type { Exit, Module, Result } from '../types';
import { ok } from '../types';
import { checkIndex } from './checkIndex';
import { allExits, checkExit } from './checkExit';
import { newConditionProblem, refusal } from './newConditionProblem';
import { refuse } from '../messages/modelError';

export interface AddExitArgs {
  exit: Exit;
  /** The step whose answers the exit reads (up to that step); absent: an exit of the whole module. */
  stepId?: string;
  /** Position among the exits of that place; default at the end. */
  index?: number;
}

/**
 * Adds a format 3 eligibility exit ("questo procedimento non fa per te"). Refused when its id is
 * taken by another exit, its texts are empty, or its condition reads an unknown field, a field
 * inside a group or list, or (for a step's exit) a field of a later step.
 */
export function addExit(module: Module, args: AddExitArgs): Result<Module> {
  const { exit, stepId } = args;
  const stepIndex = stepId === undefined ? -1 : module.steps.findIndex((s) => s.id === stepId);
  const list = stepIndex < 0 ? '/exits' : `/steps/${stepIndex}/exits`;
  const shape = checkExit(exit, list);
  if (shape) return { ok: false, error: shape };
  if (allExits(module).some((e) => e.id === exit.id)) {
    return refuse('duplicate_id', { id: exit.id, what: 'exit' }, list, { id: exit.id });
  }
  const copy = structuredClone(exit);
  let next: Module;
  if (stepId === undefined) {
    const exits = module.exits ?? [];
    const index = args.index ?? exits.length;
    const bad = checkIndex(index, exits.length, list);
    if (bad) return { ok: false, error: bad };
    next = { ...module, exits: exits.toSpliced(index, 0, copy) };
  } else {
    const step = module.steps.find((s) => s.id === stepId);
    if (!step) return refuse('unknown_step', { id: stepId }, '', { id: stepId });
    const exits = step.exits ?? [];
    const index = args.index ?? exits.length;
    const bad = checkIndex(index, exits.length, list);
    if (bad) return { ok: false, error: bad };
    next = {
      ...module,
      steps: module.steps.map((s) => (s === step ? { ...s, exits: exits.toSpliced(index, 0, copy) } : s)),
    };
  }
  const problem = newConditionProblem(module, next);
  return problem ? { ok: false, error: refusal(problem, exit.id) } : ok(next);
}
