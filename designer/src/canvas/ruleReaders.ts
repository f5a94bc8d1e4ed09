import type { Condition, Module } from '@modulo/form-model';
import { conditionFields, walkFields } from '@modulo/form-model';

/** One rule that reads a field: what kind of rule, and whose (a field, step, exit, route, fee). */
export interface RuleReader {
  rule: 'visibility' | 'requiredWhen' | 'exit' | 'routing' | 'fee';
  /** The id of the field, step, exit, routing rule or fee line that owns the rule. */
  owner: string;
}

/**
 * For each field id, the rules that read it: visibility conditions of fields and steps,
 * required-when, exits, routing rules and fee lines (the last three are format 3 data).
 */
export function ruleReaders(module: Module): Map<string, RuleReader[]> {
  const readers = new Map<string, RuleReader[]>();
  const add = (c: Condition | undefined, rule: RuleReader['rule'], owner: string) => {
    for (const id of new Set(conditionFields(c))) {
      const list = readers.get(id) ?? [];
      list.push({ rule, owner });
      readers.set(id, list);
    }
  };
  for (const step of module.steps) {
    add(step.condition, 'visibility', step.id);
    for (const exit of step.exits ?? []) add(exit.when, 'exit', exit.id);
  }
  for (const exit of module.exits ?? []) add(exit.when, 'exit', exit.id);
  for (const { field } of walkFields(module)) {
    add(field.condition, 'visibility', field.id);
    add(field.requiredWhen, 'requiredWhen', field.id);
  }
  for (const route of module.procedure.routing ?? []) add(route.when, 'routing', route.id);
  for (const fee of module.procedure.fees) {
    add(fee.when, 'fee', fee.id);
    for (const line of fee.lines ?? []) {
      add(line.when, 'fee', line.id);
      for (const factor of line.factors ?? []) {
        const id = 'field' in factor ? factor.field : factor.countOf;
        add({ field: id, op: 'answered' }, 'fee', line.id);
      }
    }
  }
  return readers;
}
