import type { Condition, Module } from '../types';
import { conditionFields } from '../evaluateCondition';
import { mapModuleFields } from './fieldList';

/** The condition with every field id it reads passed through `rename`. */
export function renameConditionFields(condition: Condition, rename: (id: string) => string): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => renameConditionFields(c, rename)) };
  if ('any' in condition) return { any: condition.any.map((c) => renameConditionFields(c, rename)) };
  if ('not' in condition) return { not: renameConditionFields(condition.not, rename) };
  return { ...condition, field: rename(condition.field) };
}

/** The module with every step and field condition that reads `from` reading `to` instead. */
export function renameInConditions(module: Module, from: string, to: string): Module {
  const reads = (c: Condition | undefined): c is Condition => conditionFields(c).includes(from);
  const rename = (c: Condition) => renameConditionFields(c, (id) => (id === from ? to : id));
  const withFields = mapModuleFields(module, (f) =>
    reads(f.condition) ? { ...f, condition: rename(f.condition) } : f,
  );
  if (!withFields.steps.some((s) => reads(s.condition))) return withFields;
  return {
    ...withFields,
    steps: withFields.steps.map((s) => (reads(s.condition) ? { ...s, condition: rename(s.condition) } : s)),
  };
}
