import { conditionFields } from '../evaluateCondition';
import type { Condition, Module } from '../types';
import type { FieldLocation } from '../walkFields';
import { walkFields } from '../walkFields';

/** Why a condition cannot work. Shared by `lintModule` and the edit operations that refuse to create one. */
export interface ConditionProblem {
  code: 'unknown_field' | 'condition_cycle' | 'condition_on_later_field' | 'condition_out_of_scope';
  /** The step or field whose condition it is. */
  owner: string;
  ownerType: 'step' | 'field';
  /** The field id the condition reads. */
  reads: string;
  /** Italian, for office staff. */
  message: string;
}

/**
 * Every problem of every condition. A condition may read only answers given before the field
 * (or step) it controls, at the same level: a group's children see their siblings, top-level
 * fields and steps see top-level fields, because each level compiles to its own object.
 */
export function conditionProblems(module: Module): ConditionProblem[] {
  const locations = walkFields(module);
  const byId = new Map<string, FieldLocation>();
  for (const l of locations) if (!byId.has(l.field.id)) byId.set(l.field.id, l);
  const stepIndex = new Map(module.steps.map((s, i) => [s.id, i]));
  const out: ConditionProblem[] = [];

  module.steps.forEach((step, i) => {
    for (const id of readIds(step.condition)) {
      const target = byId.get(id);
      const problem = (code: ConditionProblem['code'], message: string) =>
        out.push({ code, owner: step.id, ownerType: 'step', reads: id, message });
      const of = `La condizione del passo "${step.id}" usa "${id}"`;
      if (!target) problem('unknown_field', `${of}, che non esiste.`);
      else if (target.stepId === step.id) problem('condition_cycle', `${of}, che sta nello stesso passo.`);
      else if (target.parentId !== undefined)
        problem('condition_out_of_scope', `${of}, che sta dentro "${target.parentId}".`);
      else if ((stepIndex.get(target.stepId) ?? 0) > i)
        problem('condition_on_later_field', `${of}, che viene in un passo successivo.`);
    }
  });

  for (const l of locations) {
    for (const id of readIds(l.field.condition)) {
      const target = byId.get(id);
      const problem = (code: ConditionProblem['code'], message: string) =>
        out.push({ code, owner: l.field.id, ownerType: 'field', reads: id, message });
      const of = `La condizione di "${l.field.id}" usa "${id}"`;
      if (!target) problem('unknown_field', `${of}, che non esiste.`);
      else if (id === l.field.id) problem('condition_cycle', `La condizione di "${id}" usa il campo stesso.`);
      else if (isInside(target, l.field.id, byId))
        problem('condition_cycle', `${of}, che sta al suo interno.`);
      else if (target.parentId !== l.parentId) problem('condition_out_of_scope', outOfScope(of, target));
      else if (target.order > l.order) {
        problem(
          'condition_on_later_field',
          `${of}, che viene dopo: una condizione può usare solo risposte precedenti.`,
        );
      }
    }
  }
  return out;
}

function readIds(condition: Condition | undefined): string[] {
  return [...new Set(conditionFields(condition))];
}

function isInside(target: FieldLocation, ancestorId: string, byId: Map<string, FieldLocation>): boolean {
  for (let p = target.parentId; p !== undefined; p = byId.get(p)?.parentId) {
    if (p === ancestorId) return true;
  }
  return false;
}

function outOfScope(of: string, target: FieldLocation): string {
  const where = target.parentId === undefined ? 'fuori dalla sezione' : `dentro "${target.parentId}"`;
  return `${of}, che sta ${where}: una condizione può usare solo i campi dello stesso livello.`;
}
