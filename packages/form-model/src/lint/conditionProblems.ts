import type { FieldPlace, Reference, ReferenceOwner } from '../references';
import { moduleReferences, placeFields } from '../references';
import type { Field, Module } from '../types';
import { valueDomain } from './valueDomain';
import type { FieldKindRegistry } from '../kinds/FieldKind';
import { builtInRegistry } from '../kinds/registry';

/** Why a reference to answers cannot work. Shared by `parseModule`, `lintModule` and the edit operations. */
export interface ConditionProblem {
  code:
    | 'unknown_field'
    | 'condition_cycle'
    | 'condition_on_later_field'
    | 'condition_out_of_scope'
    | 'wrong_field_kind';
  /** The id of the step, field, routing rule, exit or fee whose reference it is. */
  owner: string;
  ownerType: ReferenceOwner['type'];
  /** Which of the owner's properties: "condition", "requiredWhen", "dateRules", "when", "factors". */
  property: Reference['property'];
  /** JSON Pointer of the condition or reference, e.g. "/steps/1/fields/0/condition". */
  pointer: string;
  /** The field id it reads. */
  reads: string;
  /** For `wrong_field_kind`: what the reference needs ("date" or "list"). */
  expect?: Reference['expect'];
  /** What the catalogue's message says (`formatError`): owner, ownerType, property, reads, expect, container. */
  params: Record<string, unknown>;
}

/**
 * Every problem of every reference to answers (conditions, requiredWhen, date rules, routing
 * rules, exits, fees). The scope rule: a field's condition reads an earlier field of its own
 * level (an earlier sibling in its group or list item; at top level any earlier field, steps
 * included), or a field of an enclosing level that comes before the enclosing container (a
 * list item's field may depend on a top-level answer given before the list); never a field
 * inside another container, never a later one. A step reads top-level fields of earlier
 * steps; routing rules, module exits and fees read top-level fields; a step's exit reads
 * top-level fields up to its step. A date rule names a date field; a fee's `countOf` a list.
 */
export function conditionProblems(
  module: Module,
  registry: FieldKindRegistry = builtInRegistry,
): ConditionProblem[] {
  const placed = placeFields(module);
  const byId = new Map<string, FieldPlace>();
  for (const p of placed) if (!byId.has(p.field.id)) byId.set(p.field.id, p);
  const out: ConditionProblem[] = [];
  for (const ref of moduleReferences(module, placed)) {
    for (const id of ref.reads) {
      const found = problemOf(ref, id, byId.get(id), registry);
      if (found) {
        const expect = found[0] === 'wrong_field_kind' ? { expect: ref.expect } : {};
        out.push({
          code: found[0],
          owner: ref.owner.id,
          ownerType: ref.owner.type,
          property: ref.property,
          pointer: ref.pointer,
          reads: id,
          ...expect,
          params: {
            owner: ref.owner.id,
            ownerType: ref.owner.type,
            property: ref.property,
            reads: id,
            ...expect,
            ...(found[1] ? { container: found[1] } : {}),
          },
        });
      }
    }
  }
  return out;
}

/** The code, and the container the read field sits in when that is the problem. */
type Found = [ConditionProblem['code'], string?];

function problemOf(
  ref: Reference,
  id: string,
  target: FieldPlace | undefined,
  registry: FieldKindRegistry,
): Found | undefined {
  if (!target) return ['unknown_field'];
  const owner = ref.owner;
  const found =
    owner.type === 'field'
      ? fieldScope(owner.placed, target)
      : owner.type === 'step'
        ? stepScope(owner.stepIndex, target)
        : topLevelScope(target, owner.type === 'stepExit' ? owner.stepIndex : undefined);
  return found ?? kindProblem(ref, target.field, registry);
}

function fieldScope(reader: FieldPlace, target: FieldPlace): Found | undefined {
  if (target.field === reader.field) return ['condition_cycle'];
  if (target.ancestors.some((a) => a.field === reader.field)) {
    return ['condition_cycle'];
  }
  if (reader.ancestors.some((a) => a.field === target.field)) {
    return ['condition_cycle'];
  }
  // The levels the reader may read: its own (before it), then each enclosing one (before the container).
  const levels = [
    { parent: reader.ancestors.at(-1)?.field, before: reader.order },
    ...reader.ancestors.map((container, i) => ({
      parent: reader.ancestors[i - 1]?.field,
      before: container.order,
    })),
  ];
  const level = levels.find((l) => l.parent === target.ancestors.at(-1)?.field);
  if (!level) {
    return ['condition_out_of_scope', target.ancestors.at(-1)?.field.id];
  }
  if (target.order > level.before) {
    return ['condition_on_later_field'];
  }
  return undefined;
}

function stepScope(stepIndex: number, target: FieldPlace): Found | undefined {
  if (target.stepIndex === stepIndex) return ['condition_cycle'];
  if (target.ancestors.length > 0) {
    return ['condition_out_of_scope', target.ancestors.at(-1)?.field.id];
  }
  if (target.stepIndex > stepIndex) return ['condition_on_later_field'];
  return undefined;
}

function topLevelScope(target: FieldPlace, upToStep: number | undefined): Found | undefined {
  if (target.ancestors.length > 0) {
    return ['condition_out_of_scope', target.ancestors.at(-1)?.field.id];
  }
  if (upToStep !== undefined && target.stepIndex > upToStep) {
    return ['condition_on_later_field'];
  }
  return undefined;
}

function kindProblem(ref: Reference, field: Field, registry: FieldKindRegistry): Found | undefined {
  if (ref.expect === 'date') {
    const d = valueDomain(field, registry);
    if (d.type !== 'unknown' && d.format !== 'date') return ['wrong_field_kind'];
  }
  if (ref.expect === 'list') {
    const d = valueDomain(field, registry);
    if (d.type !== 'unknown' && d.type !== 'array') return ['wrong_field_kind'];
  }
  return undefined;
}
