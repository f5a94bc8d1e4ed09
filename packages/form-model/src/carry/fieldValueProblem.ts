import type { Field, Module } from '../types';
import { validateSubmission } from '../validateSubmission';

const STEP_ID = 'carriedAnswerCheck';
const modules = new WeakMap<Module, Map<string, Module>>();

/**
 * Why `value` does not pass `field`'s compiled schema in `to`, or undefined. The field is checked
 * alone and as optional (a draft may leave it empty), through the real `compile` and validator,
 * so the verdict is the one the filed submission would get.
 */
export function fieldValueProblem(
  to: Module,
  field: Field,
  value: unknown,
): { it: string; en: string } | undefined {
  let byField = modules.get(to);
  if (!byField) modules.set(to, (byField = new Map()));
  const key = JSON.stringify(field);
  let alone = byField.get(key);
  if (!alone) {
    const { condition: _c, requiredWhen: _r, dateRules: _d, ...rest } = field;
    alone = {
      ...to,
      id: 'carried-answer-check',
      exits: undefined,
      procedure: { ...to.procedure, routing: undefined },
      steps: [{ id: STEP_ID, title: { it: 'Controllo' }, fields: [{ ...rest, required: false }] }],
    };
    byField.set(key, alone);
  }
  const errors = validateSubmission(alone, { [field.id]: value });
  const first = errors[0];
  return first ? { it: first.message, en: first.messageEn } : undefined;
}
