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
export function checkExit(exit: Exit): ModelError | undefined {
  const path = typeof exit?.id === 'string' ? exit.id : 'exit';
  if (typeof exit?.id !== 'string' || !EXIT_ID.test(exit.id) || exit.id.length > 64) {
    return {
      code: 'invalid_id',
      message: `L'identificativo dell'uscita "${String(exit?.id)}" non è valido: usa lettere e cifre in camelCase, iniziando con una minuscola.`,
      path,
    };
  }
  const known = new Set(['id', 'when', 'title', 'message', 'link']);
  const extra = Object.keys(exit).find((k) => !known.has(k));
  if (extra) return { code: 'invalid_property', message: `Dato sconosciuto "${extra}" nell'uscita.`, path };
  const problem =
    checkText(exit.title, "Il titolo dell'uscita", path) ??
    checkText(exit.message, "La spiegazione dell'uscita", path) ??
    checkConditionShape(exit.when, path);
  if (problem) return problem;
  if (exit.link !== undefined) {
    if (typeof exit.link?.url !== 'string' || !URL.test(exit.link.url)) {
      return {
        code: 'invalid_property',
        message: `Il collegamento dell'uscita deve essere un indirizzo http o https.`,
        path,
      };
    }
    return checkText(exit.link.label, "Il testo del collegamento dell'uscita", path);
  }
  return undefined;
}
