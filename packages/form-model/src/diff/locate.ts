import type { Condition, Exit, Field, Module, Step } from '../types';
import { conditionFields } from '../evaluateCondition';

/** Where a field sits, with the JSON Pointer of its place in the module document. */
export interface PlacedField {
  field: Field;
  stepId: string;
  /** The group or list the field is inside; undefined at the top of a step. */
  parentId?: string;
  /** The step's condition, which the field inherits. */
  stepCondition?: Condition;
  pointer: string;
}

export interface PlacedStep {
  step: Step;
  index: number;
  pointer: string;
}

export interface PlacedExit {
  exit: Exit;
  stepId?: string;
  pointer: string;
}

/** An index of a module's fields, steps and exits by id, for comparing two versions. */
export interface ModuleIndex {
  fields: Map<string, PlacedField>;
  /** Field ids of each parent ("step:<id>" or the container's id), in order. */
  siblings: Map<string, string[]>;
  steps: Map<string, PlacedStep>;
  exits: Map<string, PlacedExit>;
  /** Ids of fields that some condition (of a field, a step, an exit, a routing rule) reads. */
  read: Set<string>;
}

export function indexModule(module: Module): ModuleIndex {
  const fields = new Map<string, PlacedField>();
  const siblings = new Map<string, string[]>();
  const read = new Set<string>();
  const readAll = (c: Condition | undefined) => conditionFields(c).forEach((id) => read.add(id));
  const visit = (list: Field[], step: Step, pointer: string, parentId?: string) => {
    siblings.set(
      parentId ?? `step:${step.id}`,
      list.map((f) => f.id),
    );
    list.forEach((field, i) => {
      const at = `${pointer}/${i}`;
      fields.set(field.id, { field, stepId: step.id, parentId, stepCondition: step.condition, pointer: at });
      readAll(field.condition);
      readAll(field.requiredWhen);
      if (field.fields) visit(field.fields, step, `${at}/fields`, field.id);
    });
  };
  const steps = new Map<string, PlacedStep>();
  const exits = new Map<string, PlacedExit>();
  module.steps.forEach((step, index) => {
    const pointer = `/steps/${index}`;
    steps.set(step.id, { step, index, pointer });
    readAll(step.condition);
    visit(step.fields, step, `${pointer}/fields`);
    (step.exits ?? []).forEach((exit, i) => {
      exits.set(exit.id, { exit, stepId: step.id, pointer: `${pointer}/exits/${i}` });
      readAll(exit.when);
    });
  });
  (module.exits ?? []).forEach((exit, i) => {
    exits.set(exit.id, { exit, pointer: `/exits/${i}` });
    readAll(exit.when);
  });
  for (const rule of module.procedure.routing ?? []) readAll(rule.when);
  return { fields, siblings, steps, exits, read };
}

/**
 * The items of `after` (among those also in `before`) that changed their relative order: the ones
 * outside a longest run kept in the same order. Reordering one item reports one item, not all
 * those it jumped over.
 */
export function reordered(before: string[], after: string[]): Set<string> {
  const position = new Map(before.map((id, i) => [id, i]));
  const common = after.filter((id) => position.has(id));
  const seq = common.map((id) => position.get(id)!);
  // Longest increasing subsequence, O(n²): sibling lists are short. Ties keep the later items,
  // so moving one item to the front reports that item.
  const length = seq.map(() => 1);
  const prev = seq.map(() => -1);
  for (let i = 0; i < seq.length; i++)
    for (let j = 0; j < i; j++)
      if (seq[j]! < seq[i]! && length[j]! + 1 >= length[i]!) {
        length[i] = length[j]! + 1;
        prev[i] = j;
      }
  let best = -1;
  for (let i = 0; i < seq.length; i++) if (best === -1 || length[i]! >= length[best]!) best = i;
  const kept = new Set<string>();
  for (let i = best; i !== -1; i = prev[i]!) kept.add(common[i]!);
  return new Set(common.filter((id) => !kept.has(id)));
}

/** Structural equality of plain JSON data (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
