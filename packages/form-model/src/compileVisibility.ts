import { conditionToSchema } from './conditionToSchema';
import { conditionFields } from './evaluateCondition';
import type { JsonSchema } from './jsonSchema';
import type { Condition } from './types';
import type { PlacedField } from './visibility';

/** The `$ref` to an enclosing level's field visibility, or `undefined` if it is always shown. */
export type OuterVisibilityRefs = (id: string) => JsonSchema | undefined;

/**
 * The schema that holds exactly when each field of one level is shown, as a `$ref` to a shared
 * definition (`#/$defs/visible-<id>`, `#/$defs/visible-step-<step>`): the field's own condition
 * and `$ref`s to the visibility of its step and of every field it reads. This is the rule of
 * `effectiveConditions`, but each condition is written once, so the schema grows linearly with
 * the module instead of copying a field's whole chain of conditions into every reader (a chain
 * of 80 fields was ~440 KB; 20 fields that each read the two before, ~2 MB).
 *
 * `undefined` for a field that is always shown. A definition is applied to the object of the
 * level whose `if` refers to it, which is why field ids (unique in a module) name them.
 */
export function compileVisibility(
  placed: PlacedField[],
  define: (name: string, schema: JsonSchema) => JsonSchema,
  outer: OuterVisibilityRefs = () => undefined,
): Map<string, JsonSchema | undefined> {
  const byId = new Map(placed.map((p) => [p.field.id, p]));
  const memo = new Map<string, JsonSchema | undefined>();
  const steps = new Map<string, JsonSchema>();
  const visiting = new Set<string>();

  const shown = (condition: Condition): JsonSchema[] => [
    conditionToSchema(condition),
    ...[...new Set(conditionFields(condition))].flatMap((ref) => {
      const r = resolve(ref);
      return r ? [r] : [];
    }),
  ];

  const stepRef = (p: PlacedField): JsonSchema | undefined => {
    const step = p.stepId;
    if (!p.stepCondition || step === undefined) return undefined;
    let ref = steps.get(step);
    if (!ref) {
      ref = define(`visible-step-${step}`, allOf(shown(p.stepCondition)));
      steps.set(step, ref);
    }
    return ref;
  };

  const resolve = (id: string): JsonSchema | undefined => {
    if (memo.has(id)) return memo.get(id);
    const p = byId.get(id);
    if (!p) return outer(id);
    if (visiting.has(id)) return undefined; // cyclic: parseModule refuses it
    visiting.add(id);
    const parts: JsonSchema[] = [];
    const step = stepRef(p);
    if (step) parts.push(step);
    else if (p.stepCondition) parts.push(...shown(p.stepCondition));
    if (p.field.condition) parts.push(...shown(p.field.condition));
    visiting.delete(id);
    const result = parts.length ? define(`visible-${id}`, allOf(parts)) : undefined;
    memo.set(id, result);
    return result;
  };

  for (const p of placed) resolve(p.field.id);
  return memo;
}

function allOf(parts: JsonSchema[]): JsonSchema {
  return parts.length === 1 ? parts[0]! : { allOf: parts };
}
