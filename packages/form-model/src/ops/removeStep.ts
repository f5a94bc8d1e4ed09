import type { Module, Result } from '../types';
import { ok } from '../types';
import { walkFields } from '../walkFields';
import { dependantsOf, inUse } from './dependantsOf';
import { refuse } from '../messages/modelError';
import { pointerOf } from './pointerOf';

export interface RemoveStepArgs {
  id: string;
}

/**
 * Removes a step with its fields. Refused for the only step (a module has at least one) and
 * while a condition elsewhere reads one of its fields.
 */
export function removeStep(module: Module, args: RemoveStepArgs): Result<Module> {
  if (!module.steps.some((s) => s.id === args.id)) {
    return refuse('unknown_step', { id: args.id }, '', { id: args.id });
  }
  if (module.steps.length === 1) {
    return refuse('last_step', { id: args.id }, '/steps/0', { id: args.id });
  }
  const inStep = new Set(
    walkFields(module)
      .filter((l) => l.stepId === args.id)
      .map((l) => l.field.id),
  );
  const dependants = dependantsOf(module, inStep, new Set([args.id, ...inStep]));
  if (dependants.length > 0)
    return { ok: false, error: inUse(args.id, 'step', pointerOf(module, args.id), dependants) };
  return ok({ ...module, steps: module.steps.filter((s) => s.id !== args.id) });
}
