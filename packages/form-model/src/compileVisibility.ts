import type { LeafCondition } from './conditionToSchema';
import { conditionToSchema } from './conditionToSchema';
import { conditionFields } from './evaluateCondition';
import type { JsonSchema } from './jsonSchema';
import type { Condition } from './types';
import type { PlacedField } from './visibility';

/**
 * The visibility of an enclosing level's field as seen from a nested level: `undefined` when it
 * is shown (or unknown), the schema `false` when it is hidden (decided by the enclosing level).
 */
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
 * level whose `if` refers to it, which is why field ids (unique in a module) name them. Leaves
 * on an enclosing level's fields are decided there (`known`, see `compile`'s variants).
 */
export function compileVisibility(
  placed: PlacedField[],
  define: (name: string, schema: JsonSchema) => JsonSchema,
  outer: OuterVisibilityRefs = () => undefined,
  known: (leaf: LeafCondition) => boolean | undefined = () => undefined,
): VisibilityCompiler {
  const byId = new Map(placed.map((p) => [p.field.id, p]));
  const memo = new Map<string, JsonSchema | undefined>();
  const steps = new Map<string, JsonSchema | undefined>();
  const visiting = new Set<string>();

  const parts = (condition: Condition): JsonSchema[] => [
    conditionToSchema(condition, known),
    ...[...new Set(conditionFields(condition))].flatMap((ref) => {
      const r = field(ref);
      return r === undefined ? [] : [r];
    }),
  ];

  const step = (id: string, condition: Condition | undefined): JsonSchema | undefined => {
    if (!condition) return undefined;
    if (!steps.has(id)) steps.set(id, define(`visible-step-${id}`, allOf(parts(condition))));
    return steps.get(id);
  };

  const field = (id: string): JsonSchema | undefined => {
    if (memo.has(id)) return memo.get(id);
    const p = byId.get(id);
    if (!p) return outer(id);
    if (visiting.has(id)) return undefined; // cyclic: parseModule refuses it
    visiting.add(id);
    const all: JsonSchema[] = [];
    if (p.stepCondition) {
      if (p.stepId !== undefined) all.push(step(p.stepId, p.stepCondition)!);
      else all.push(...parts(p.stepCondition));
    }
    if (p.field.condition) all.push(...parts(p.field.condition));
    visiting.delete(id);
    const result = all.length ? define(`visible-${id}`, allOf(all)) : undefined;
    memo.set(id, result);
    return result;
  };

  for (const p of placed) field(p.field.id);
  return { field, step, condition: (c) => allOf(parts(c)) };
}

/** The visibility schemas of one level (each holds exactly when its subject is shown). */
export interface VisibilityCompiler {
  /** A field's visibility (`$ref` to `visible-<id>`), `undefined` when it is always shown. */
  field(id: string): JsonSchema | undefined;
  /** A step's visibility (`$ref` to `visible-step-<id>`), `undefined` without a condition. */
  step(id: string, condition: Condition | undefined): JsonSchema | undefined;
  /** A condition that also needs every field it reads to be shown (exits, requiredWhen). */
  condition(condition: Condition): JsonSchema;
}

function allOf(parts: JsonSchema[]): JsonSchema {
  return parts.length === 1 ? parts[0]! : { allOf: parts };
}
