import { conditionFields } from './evaluateCondition';
import type { Condition, Field, Module } from './types';

/** Where a field sits, with what a reference from it may read. */
export interface FieldPlace {
  field: Field;
  stepIndex: number;
  /** JSON Pointer of the field, e.g. "/steps/1/fields/0/fields/2". */
  pointer: string;
  /** Enclosing containers, outermost first. */
  ancestors: FieldPlace[];
  /** Position in reading order over the whole module (containers before their children). */
  order: number;
}

/** Who holds a reference to answers, and what it may read. */
export type ReferenceOwner =
  | { type: 'field'; id: string; placed: FieldPlace }
  | { type: 'step'; id: string; stepIndex: number }
  /** A module exit, a routing rule or a fee: any top-level field. */
  | { type: 'routing' | 'exit' | 'fee'; id: string }
  /** A step's exit: top-level fields up to that step. */
  | { type: 'stepExit'; id: string; stepIndex: number; stepId: string };

/**
 * One place in a module that reads answers: a condition (visibility, requiredWhen, a rule's or
 * an exit's or a fee's `when`), a fee factor, or a date rule's reference. The one list that
 * parse, lint and the edit operations walk, so that a new kind of reference is checked,
 * protected from removal and renamed everywhere at once.
 */
export interface Reference {
  owner: ReferenceOwner;
  /** The JSON Pointer of the condition or reference, e.g. "/steps/1/fields/0/condition". */
  pointer: string;
  /** Which property of the owner: "condition", "requiredWhen", "dateRules", "when", "factors". */
  property: 'condition' | 'requiredWhen' | 'dateRules' | 'when' | 'factors';
  /** The field ids read. */
  reads: string[];
  /** What the read field must be, beyond existing in scope. */
  expect?: 'date' | 'list' | 'number';
}

/** Every field in reading order, with its pointer and enclosing containers. */
export function placeFields(module: Module): FieldPlace[] {
  const out: FieldPlace[] = [];
  const visit = (fields: Field[], stepIndex: number, base: string, ancestors: FieldPlace[]) => {
    fields.forEach((field, i) => {
      const place = { field, stepIndex, pointer: `${base}/fields/${i}`, ancestors, order: out.length };
      out.push(place);
      if (field.fields) visit(field.fields, stepIndex, place.pointer, [...ancestors, place]);
    });
  };
  module.steps.forEach((step, i) => visit(step.fields, i, `/steps/${i}`, []));
  return out;
}

/** Every reference to answers in the module, in document order. */
export function moduleReferences(module: Module, placed = placeFields(module)): Reference[] {
  const out: Reference[] = [];
  const condition = (
    owner: ReferenceOwner,
    property: Reference['property'],
    pointer: string,
    c: Condition | undefined,
  ) => {
    if (c) out.push({ owner, property, pointer, reads: [...new Set(conditionFields(c))] });
  };

  module.steps.forEach((step, i) => {
    condition(
      { type: 'step', id: step.id, stepIndex: i },
      'condition',
      `/steps/${i}/condition`,
      step.condition,
    );
  });
  for (const p of placed) {
    const owner: ReferenceOwner = { type: 'field', id: p.field.id, placed: p };
    condition(owner, 'condition', `${p.pointer}/condition`, p.field.condition);
    condition(owner, 'requiredWhen', `${p.pointer}/requiredWhen`, p.field.requiredWhen);
    p.field.dateRules?.forEach((rule, r) => {
      if ('field' in rule.ref) {
        const pointer = `${p.pointer}/dateRules/${r}/ref/field`;
        out.push({ owner, property: 'dateRules', pointer, reads: [rule.ref.field], expect: 'date' });
      }
    });
  }
  module.steps.forEach((step, i) => {
    step.exits?.forEach((exit, e) => {
      const owner: ReferenceOwner = { type: 'stepExit', id: exit.id, stepIndex: i, stepId: step.id };
      condition(owner, 'when', `/steps/${i}/exits/${e}/when`, exit.when);
    });
  });
  module.exits?.forEach((exit, e) => {
    condition({ type: 'exit', id: exit.id }, 'when', `/exits/${e}/when`, exit.when);
  });
  module.procedure.routing?.forEach((rule, r) => {
    condition({ type: 'routing', id: rule.id }, 'when', `/procedure/routing/${r}/when`, rule.when);
  });
  module.procedure.fees.forEach((fee, f) => {
    const owner: ReferenceOwner = { type: 'fee', id: fee.id };
    const base = `/procedure/fees/${f}`;
    condition(owner, 'when', `${base}/when`, fee.when);
    fee.lines?.forEach((line, l) => {
      condition(owner, 'when', `${base}/lines/${l}/when`, line.when);
      line.factors?.forEach((factor, k) => {
        const pointer = `${base}/lines/${l}/factors/${k}`;
        if ('countOf' in factor) {
          out.push({
            owner,
            property: 'factors',
            pointer: `${pointer}/countOf`,
            reads: [factor.countOf],
            expect: 'list',
          });
        } else {
          out.push({
            owner,
            property: 'factors',
            pointer: `${pointer}/field`,
            reads: [factor.field],
            expect: 'number',
          });
        }
      });
    });
  });
  return out;
}

/** How a reference's owner is named to office staff: "b" (a field or step), "regola di smistamento "lugo""... */
export function ownerName(owner: ReferenceOwner): string {
  switch (owner.type) {
    case 'field':
    case 'step':
      return `"${owner.id}"`;
    case 'routing':
      return `regola di smistamento "${owner.id}"`;
    case 'exit':
    case 'stepExit':
      return `uscita "${owner.id}"`;
    case 'fee':
      return `costo "${owner.id}"`;
  }
}
