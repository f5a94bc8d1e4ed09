import type { Exit, Module, Result } from '../types';
import { ok } from '../types';
import { refuse } from '../messages/modelError';
import { pointerOf } from './pointerOf';
import { allExits, checkExit } from './checkExit';
import { newConditionProblem, refusal } from './newConditionProblem';

export interface SetExitArgs {
  /** The id of the exit to replace (module or step exit); it stays where it is. */
  id: string;
  /** The new exit; its id may differ from `id` if no other exit uses it. */
  exit: Exit;
}

/**
 * Replaces an eligibility exit (its condition, texts, link or id) in place. Refused as
 * `addExit` refuses: with the model's reason when the condition reads a field it may not.
 */
export function setExit(module: Module, args: SetExitArgs): Result<Module> {
  const { id, exit } = args;
  if (!allExits(module).some((e) => e.id === id)) return refuse('unknown_exit', { id }, '', { id });
  const at = pointerOf(module, id);
  const shape = checkExit(exit, at);
  if (shape) return { ok: false, error: shape };
  if (exit.id !== id && allExits(module).some((e) => e.id === exit.id)) {
    return refuse('duplicate_id', { id: exit.id, what: 'exit' }, at, { id: exit.id });
  }
  const replace = (exits: Exit[] | undefined) =>
    exits?.some((e) => e.id === id) ? exits.map((e) => (e.id === id ? structuredClone(exit) : e)) : exits;
  const exits = replace(module.exits);
  const next: Module = {
    ...module,
    ...(exits ? { exits } : {}),
    steps: module.steps.map((s) => {
      const stepExits = replace(s.exits);
      return stepExits === s.exits ? s : { ...s, exits: stepExits };
    }),
  };
  const problem = newConditionProblem(module, next);
  return problem ? { ok: false, error: refusal(problem, exit.id) } : ok(next);
}
