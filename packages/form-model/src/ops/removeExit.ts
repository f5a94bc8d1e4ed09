import type { Exit, Module, Result } from '../types';
import { ok } from '../types';
import { refuse } from '../messages/modelError';

export interface RemoveExitArgs {
  id: string;
}

/** Removes an eligibility exit, of the module or of a step; an emptied list is dropped. */
export function removeExit(module: Module, args: RemoveExitArgs): Result<Module> {
  const { id } = args;
  const drop = <T extends { exits?: Exit[] }>(owner: T): T => {
    if (!owner.exits?.some((e) => e.id === id)) return owner;
    const { exits, ...rest } = owner;
    const left = exits.filter((e) => e.id !== id);
    return (left.length > 0 ? { ...rest, exits: left } : rest) as T;
  };
  const next = drop(module);
  const steps = next.steps.map(drop);
  if (next === module && steps.every((s, i) => s === module.steps[i])) {
    return refuse('unknown_exit', { id }, '', { id });
  }
  return ok({ ...next, steps });
}
