import { modelError } from '../messages/modelError';
import type { Exit, Module, ModelError } from '../types';
import { checkConditionShape } from './checkConditionShape';
import { checkText } from './checkText';

const EXIT_ID = /^[a-z][A-Za-z0-9]*$/;
const URL = /^https?:\/\/[^\s]+$/;

/** Every exit of a module, the module's own and each step's: they share one namespace of ids. */
export function allExits(module: Module): Exit[] {
  return [...(module.exits ?? []), ...module.steps.flatMap((s) => s.exits ?? [])];
}

/**
 * Refuses an exit that is not one of the module format: a malformed id, an empty Italian title
 * or message, a malformed condition, a link that is not http(s). References to answers are
 * checked after the edit, against the whole module (`newConditionProblem`).
 */
export function checkExit(exit: Exit, path: string): ModelError | undefined {
  const id = typeof exit?.id === 'string' ? exit.id : undefined;
  const owner = { id, what: 'exit' as const };
  const bad = (params: Record<string, unknown>) =>
    modelError('invalid_property', { ...owner, ...params }, path, id === undefined ? {} : { id });
  if (id === undefined || !EXIT_ID.test(id) || id.length > 64) {
    return modelError('invalid_id', { id: String(exit?.id), problem: 'id_pattern', max: 64 }, path);
  }
  const known = new Set(['id', 'when', 'title', 'message', 'link']);
  const extra = Object.keys(exit).find((k) => !known.has(k));
  if (extra) return bad({ problem: 'unknown_key', key: extra });
  const problem =
    checkText(exit.title, 'title', path, owner) ??
    checkText(exit.message, 'message', path, owner) ??
    checkConditionShape(exit.when, path, owner);
  if (problem) return problem;
  if (exit.link !== undefined) {
    if (typeof exit.link?.url !== 'string' || !URL.test(exit.link.url)) {
      return bad({ property: 'link.url', problem: 'link_url' });
    }
    return checkText(exit.link.label, 'link.label', path, owner);
  }
  return undefined;
}
