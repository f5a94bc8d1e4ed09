import type { Condition, Field, Module, Step } from '@modulo/form-model';
import { conditionFields, getFieldKind } from '@modulo/form-model';
import { sampleAnswer, sampleWith, scalarContext } from './sampleWith';

/** A top-level field with its step. */
export interface TopLevelField {
  field: Field;
  step: Step;
}

/** The fields that hold an answer at the top level of the submission, in reading order. */
export function topLevelFields(module: Module): TopLevelField[] {
  return module.steps.flatMap((step) =>
    step.fields.filter((field) => getFieldKind(field.kind)?.hasValue).map((field) => ({ field, step })),
  );
}

/** The conditions a top-level field is shown under: its step's and its own. */
export function ownConditions({ field, step }: TopLevelField): Condition[] {
  return [step.condition, field.condition].filter((c): c is Condition => c !== undefined);
}

/** The top-level fields whose answers decide whether `id` is shown, transitively. */
export function drivers(module: Module, id: string): string[] {
  const byId = new Map(topLevelFields(module).map((t) => [t.field.id, t]));
  const found = new Set<string>();
  const visit = (fieldId: string) => {
    const located = byId.get(fieldId);
    if (!located) return;
    for (const ref of ownConditions(located).flatMap(conditionFields)) {
      if (found.has(ref)) continue;
      found.add(ref);
      visit(ref);
    }
  };
  visit(id);
  return [...found];
}

/**
 * Answers worth trying for a field that drives conditions: every choice of a boolean or a
 * closed list (read from the field's own schema), the values conditions compare it with,
 * and numbers on both sides of each threshold, kept within the field's bounds.
 */
export function candidateValues(module: Module, field: Field): unknown[] {
  const schema = getFieldKind(field.kind)?.toJsonSchema(field, scalarContext) ?? {};
  const values: unknown[] = [sampleAnswer(field)];
  const consts = (s: unknown): unknown[] =>
    Array.isArray((s as { oneOf?: unknown })?.oneOf)
      ? ((s as { oneOf: { const?: unknown }[] }).oneOf
          .map((o) => o.const)
          .filter((c) => c !== undefined) as unknown[])
      : [];
  if (schema.type === 'boolean' && schema.const === undefined) values.push(true, false);
  values.push(...consts(schema));
  if (schema.type === 'array') values.push(...consts(schema.items).map((c) => [c]));

  for (const c of conditionsOn(module, field.id)) {
    if (c.op === 'in') values.push(...c.values);
    else if (c.op === 'includes') values.push([c.value]);
    else if (c.op === 'gt' || c.op === 'gte' || c.op === 'lt' || c.op === 'lte') {
      values.push(...[c.value - 1, c.value, c.value + 1].map((n) => clamp(n, schema)));
    } else if (c.op !== 'answered') values.push(c.value);
  }
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v);
    if (v === undefined || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Leaf = Extract<Condition, { field: string }>;

function conditionsOn(module: Module, id: string): Leaf[] {
  const leaves = (c: Condition | undefined): Leaf[] => {
    if (!c) return [];
    if ('all' in c) return c.all.flatMap(leaves);
    if ('any' in c) return c.any.flatMap(leaves);
    if ('not' in c) return leaves(c.not);
    return [c];
  };
  return [...topLevelFields(module).flatMap(ownConditions), ...ruleConditions(module)]
    .flatMap(leaves)
    .filter((c) => c.field === id);
}

/** The conditions of the procedure's rules: routing, exits (module and steps), fees and their lines. */
export function ruleConditions(module: Module): Condition[] {
  const fees = module.procedure.fees.flatMap((f) => [f.when, ...(f.lines ?? []).map((l) => l.when)]);
  return [
    ...(module.procedure.routing ?? []).map((r) => r.when),
    ...(module.exits ?? []).map((e) => e.when),
    ...module.steps.flatMap((s) => (s.exits ?? []).map((e) => e.when)),
    ...fees,
  ].filter((c): c is Condition => c !== undefined);
}

function clamp(n: number, schema: Record<string, unknown>): number {
  const min = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  const max = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  return Math.min(max, Math.max(min, n));
}

/**
 * Sample submissions for every combination of candidate answers to the given driving
 * fields (at most `limit`), deduplicated.
 */
export function branchSamples(module: Module, driverIds: string[], limit = 512): Record<string, unknown>[] {
  const fields = new Map(topLevelFields(module).map((t) => [t.field.id, t.field]));
  let combos: Record<string, unknown>[] = [{}];
  for (const id of driverIds) {
    const field = fields.get(id);
    if (!field) continue;
    const values = candidateValues(module, field);
    combos = combos.flatMap((combo) => values.map((v) => ({ ...combo, [id]: v }))).slice(0, limit);
  }
  const seen = new Set<string>();
  return combos
    .map((combo) => sampleWith(module, combo))
    .filter((data) => {
      const key = JSON.stringify(data);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
