import type { Field, Module } from '../types';
import { validateSubmission } from '../validateSubmission';
import { walkFields } from '../walkFields';

const flattened = new WeakMap<Module, Module>();

/**
 * Every answer-holding leaf field of `to` (not groups or lists, whose children are checked one by
 * one) side by side at the top, optional and unconditioned: one compile per target version, and
 * a value checked under its field id meets exactly its own field's schema.
 */
function leavesOf(to: Module): Module {
  let alone = flattened.get(to);
  if (!alone) {
    const fields = walkFields(to)
      .map((l) => l.field)
      .filter((f) => f.kind !== 'group' && f.kind !== 'repeatable')
      .map(({ condition: _c, requiredWhen: _r, dateRules: _d, ...rest }): Field => ({
        ...rest,
        required: false,
      }));
    alone = {
      ...to,
      id: 'carried-answer-check',
      exits: undefined,
      procedure: { ...to.procedure, routing: undefined },
      steps: [{ id: 'carriedAnswerCheck', title: { it: 'Controllo' }, fields }],
    };
    flattened.set(to, alone);
  }
  return alone;
}

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
  const first = validateSubmission(leavesOf(to), { [field.id]: value })[0];
  return first ? { it: first.message, en: first.messageEn } : undefined;
}
