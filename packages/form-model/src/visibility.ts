import { conditionFields } from './evaluateCondition';
import type { Condition, Field } from './types';

/** A field at one level (top level or inside a group) with the step condition it inherits. */
export interface PlacedField {
  field: Field;
  stepCondition?: Condition;
}

/**
 * The condition under which each field is visible: its step's and its own, and, transitively,
 * that of every field its condition reads. Including the referenced fields' visibility keeps a
 * hidden answer from satisfying a later `if` (whose annotations would otherwise mark the hidden
 * property as evaluated and let it slip past `unevaluatedProperties: false`).
 */
export function effectiveConditions(placed: PlacedField[]): Map<string, Condition | undefined> {
  const byId = new Map(placed.map((p) => [p.field.id, p]));
  const memo = new Map<string, Condition | undefined>();
  const visiting = new Set<string>();

  const resolve = (id: string): Condition | undefined => {
    if (memo.has(id)) return memo.get(id);
    const p = byId.get(id);
    if (!p || visiting.has(id)) return undefined; // unknown or cyclic: lint reports it
    visiting.add(id);
    const parts: Condition[] = [];
    if (p.stepCondition) parts.push(p.stepCondition);
    if (p.field.condition) parts.push(p.field.condition);
    const own = [p.stepCondition, p.field.condition];
    for (const ref of new Set(own.flatMap(conditionFields))) {
      const inherited = resolve(ref);
      if (inherited && !parts.includes(inherited)) parts.push(inherited);
    }
    visiting.delete(id);
    const result = parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { all: parts };
    memo.set(id, result);
    return result;
  };

  for (const p of placed) resolve(p.field.id);
  return memo;
}
