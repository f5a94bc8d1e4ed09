import { conditionFields } from '../evaluateCondition';
import type { Module, ModelError } from '../types';
import { walkFields } from '../walkFields';

/** The steps and fields, other than those in `ignore`, whose conditions read any of `ids`. */
export function dependantsOf(
  module: Module,
  ids: ReadonlySet<string>,
  ignore: ReadonlySet<string>,
): string[] {
  const owners = [
    ...module.steps.map((s) => ({ id: s.id, condition: s.condition })),
    ...walkFields(module).map((l) => ({ id: l.field.id, condition: l.field.condition })),
  ];
  return owners
    .filter((o) => !ignore.has(o.id) && conditionFields(o.condition).some((id) => ids.has(id)))
    .map((o) => o.id);
}

/** The refusal to remove `what` while the conditions of `dependants` read it. */
export function inUse(what: string, path: string, dependants: string[]): ModelError {
  const names = dependants.map((d) => `"${d}"`).join(', ');
  return {
    code: 'field_in_use',
    message: `Non è possibile eliminare ${what}: è usato nella condizione di ${names}. Modifica prima quelle condizioni.`,
    path,
  };
}
