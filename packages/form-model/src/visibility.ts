import { conditionFields, evaluateCondition } from './evaluateCondition';
import type { FieldKind } from './kinds/FieldKind';
import { builtInRegistry } from './kinds/registry';
import type { Condition, Field, Module } from './types';

/** A field at one level (top level or inside a group) with the step condition it inherits. */
export interface PlacedField {
  field: Field;
  stepCondition?: Condition;
  /** The id of the step a top-level field sits in. */
  stepId?: string;
}

/** Effective conditions by field id, of one level and of the levels around it. */
export type ConditionMap = ReadonlyMap<string, Condition | undefined>;

/**
 * The condition under which each field is visible: its step's and its own, and, transitively,
 * that of every field its condition reads. Including the referenced fields' visibility keeps a
 * hidden answer from satisfying a later `if` (whose annotations would otherwise mark the hidden
 * property as evaluated and let it slip past `unevaluatedProperties: false`), and makes a
 * field's visibility independent of the answers to hidden fields.
 *
 * `outer` holds the effective conditions of the enclosing levels: a field inside a group or a
 * list item may read a field of an enclosing level, and then inherits that field's visibility.
 */
export function effectiveConditions(
  placed: PlacedField[],
  outer: ConditionMap = new Map(),
): Map<string, Condition | undefined> {
  const byId = new Map(placed.map((p) => [p.field.id, p]));
  const memo = new Map<string, Condition | undefined>();
  const visiting = new Set<string>();

  const resolve = (id: string): Condition | undefined => {
    if (memo.has(id)) return memo.get(id);
    const p = byId.get(id);
    if (!p) return outer.get(id); // an enclosing level's field, or unknown (parseModule refuses it)
    if (visiting.has(id)) return undefined; // cyclic: parseModule refuses it
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

/** The top-level fields of a module, each with its step's condition. */
export function placeTopLevel(module: Module): PlacedField[] {
  return module.steps.flatMap((step) =>
    step.fields.map((field): PlacedField => ({ field, stepCondition: step.condition, stepId: step.id })),
  );
}

/** Whether a field of an enclosing level is shown; `undefined` when it is not one of theirs. */
export type OuterVisibility = (id: string) => boolean | undefined;

/**
 * Whether each field of one level is shown for `data` (the level's answers merged over its
 * enclosing levels'): its step's condition, its own, and the visibility of every field either
 * reads, exactly what `effectiveConditions` conjoins, computed once per field (a condition that
 * reads the two fields before it would otherwise re-evaluate an exponential tree).
 */
export function levelVisibility(
  placed: PlacedField[],
  data: Record<string, unknown>,
  outer: OuterVisibility = () => undefined,
): (id: string) => boolean {
  const byId = new Map(placed.map((p) => [p.field.id, p]));
  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();
  const visible = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const p = byId.get(id);
    if (!p) return outer(id) ?? true; // unknown: parseModule refuses it
    if (visiting.has(id)) return true; // cyclic: parseModule refuses it
    visiting.add(id);
    const own = [p.stepCondition, p.field.condition];
    const result =
      own.every((c) => !c || evaluateCondition(c, data)) &&
      [...new Set(own.flatMap(conditionFields))].every(visible);
    visiting.delete(id);
    memo.set(id, result);
    return result;
  };
  return visible;
}

/** What the visibility walk reports for each visible field. */
export interface VisibleVisit {
  field: Field;
  /** JSON Pointer of the answer, e.g. "/figli/0/certificato". */
  pointer: string;
}

/** What a level can see: the answers of its enclosing levels' fields and their visibility. */
interface Scope {
  data: Record<string, unknown>;
  visible: OuterVisibility;
}

/**
 * Walks the fields visible for `answers`, calling `visit` on each, and returns the answers of
 * the visible fields only (unknown keys and info texts dropped, groups and list items pruned
 * the same way). The one place that decides visibility outside the compiled schema: it uses the
 * same `effectiveConditions` as `compile`, so the two agree on every submission.
 */
export function walkVisible(
  module: Module,
  answers: unknown,
  visit: (v: VisibleVisit) => void = () => {},
  kindOf: (kind: string) => FieldKind | undefined = (kind) => builtInRegistry.get(kind),
): Record<string, unknown> {
  const data = isPlainObject(answers) ? answers : {};
  return pruneLevel(placeTopLevel(module), data, { data: {}, visible: () => undefined }, '', visit, kindOf);
}

function pruneLevel(
  placed: PlacedField[],
  data: Record<string, unknown>,
  outer: Scope,
  pointer: string,
  visit: (v: VisibleVisit) => void,
  kindOf: (kind: string) => FieldKind | undefined,
): Record<string, unknown> {
  // Only this level's own fields enter the scope: an unknown key in a list item that happens to
  // share an outer field's id must not shadow the outer answer.
  const scopeData = { ...outer.data };
  for (const { field } of placed) if (Object.hasOwn(data, field.id)) scopeData[field.id] = data[field.id];
  const visible = levelVisibility(placed, scopeData, outer.visible);
  const ids = new Set(placed.map((p) => p.field.id));
  const inner: Scope = { data: scopeData, visible: (id) => (ids.has(id) ? visible(id) : outer.visible(id)) };

  const out: Record<string, unknown> = {};
  for (const { field } of placed) {
    const kind = kindOf(field.kind);
    if (!kind?.hasValue) continue;
    if (!visible(field.id)) continue;
    const at = `${pointer}/${escapePointer(field.id)}`;
    visit({ field, pointer: at });
    const value = Object.hasOwn(data, field.id) ? data[field.id] : undefined;
    const children = (field.fields ?? []).map((f): PlacedField => ({ field: f }));
    if (kind.container && kind.list) {
      if (Array.isArray(value)) {
        out[field.id] = value.map((item, i) =>
          isPlainObject(item) ? pruneLevel(children, item, inner, `${at}/${i}`, visit, kindOf) : item,
        );
      } else if (value !== undefined) out[field.id] = value;
    } else if (kind.container) {
      const object = isPlainObject(value) ? value : {};
      const pruned = pruneLevel(children, object, inner, at, visit, kindOf);
      if (isPlainObject(value)) out[field.id] = pruned;
      else if (value !== undefined) out[field.id] = value;
    } else if (value !== undefined) out[field.id] = value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
