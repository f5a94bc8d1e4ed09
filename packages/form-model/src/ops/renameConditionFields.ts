import { conditionFields } from '../evaluateCondition';
import type { Condition, Exit, Fee, FeeLine, Field, Module } from '../types';
import { mapModuleFields } from './fieldList';

/** The condition with every field id it reads passed through `rename`. */
export function renameConditionFields(condition: Condition, rename: (id: string) => string): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => renameConditionFields(c, rename)) };
  if ('any' in condition) return { any: condition.any.map((c) => renameConditionFields(c, rename)) };
  if ('not' in condition) return { not: renameConditionFields(condition.not, rename) };
  return { ...condition, field: rename(condition.field) };
}

/** A field whose own references (condition, requiredWhen, date rules; not its children's) go through `rename`. */
export function renameFieldReferences(field: Field, rename: (id: string) => string): Field {
  const out: Field = { ...field };
  if (field.condition) out.condition = renameConditionFields(field.condition, rename);
  if (field.requiredWhen) out.requiredWhen = renameConditionFields(field.requiredWhen, rename);
  if (field.dateRules) {
    out.dateRules = field.dateRules.map((r) =>
      'field' in r.ref ? { ...r, ref: { ...r.ref, field: rename(r.ref.field) } } : r,
    );
  }
  return out;
}

/**
 * The module with every reference to `from` (conditions, rules, exits, fees) reading `to`
 * instead. What does not read `from` keeps its identity (the designer's store compares by reference).
 */
export function renameInConditions(module: Module, from: string, to: string): Module {
  const rename = (id: string) => (id === from ? to : id);
  const reads = (c: Condition | undefined) => conditionFields(c).includes(from);
  const cond = (c: Condition) => renameConditionFields(c, rename);
  const fieldReads = (f: Field) =>
    reads(f.condition) ||
    reads(f.requiredWhen) ||
    (f.dateRules ?? []).some((r) => 'field' in r.ref && r.ref.field === from);
  const exitsRead = (exits: Exit[] | undefined) => (exits ?? []).some((e) => reads(e.when));
  const renameExits = (exits: Exit[]) => exits.map((e) => (reads(e.when) ? { ...e, when: cond(e.when) } : e));
  const lineReads = (l: FeeLine) =>
    reads(l.when) || (l.factors ?? []).some((f) => ('countOf' in f ? f.countOf : f.field) === from);
  const feeReads = (fee: Fee) => reads(fee.when) || (fee.lines ?? []).some(lineReads);

  let out = mapModuleFields(module, (f) => (fieldReads(f) ? renameFieldReferences(f, rename) : f));
  if (out.steps.some((s) => reads(s.condition) || exitsRead(s.exits))) {
    out = {
      ...out,
      steps: out.steps.map((s) =>
        reads(s.condition) || exitsRead(s.exits)
          ? {
              ...s,
              ...(s.condition ? { condition: cond(s.condition) } : {}),
              ...(s.exits ? { exits: renameExits(s.exits) } : {}),
            }
          : s,
      ),
    };
  }
  if (out.exits && exitsRead(out.exits)) out = { ...out, exits: renameExits(out.exits) };
  const p = out.procedure;
  const routingReads = (p.routing ?? []).some((r) => reads(r.when));
  if (routingReads || p.fees.some(feeReads)) {
    const renameLine = (l: FeeLine): FeeLine => ({
      ...l,
      ...(l.when ? { when: cond(l.when) } : {}),
      ...(l.factors
        ? {
            factors: l.factors.map((f) =>
              'countOf' in f ? { countOf: rename(f.countOf) } : { field: rename(f.field) },
            ),
          }
        : {}),
    });
    out = {
      ...out,
      procedure: {
        ...p,
        ...(p.routing && routingReads
          ? { routing: p.routing.map((r) => (reads(r.when) ? { ...r, when: cond(r.when) } : r)) }
          : {}),
        fees: p.fees.map((fee) =>
          feeReads(fee)
            ? {
                ...fee,
                ...(fee.when ? { when: cond(fee.when) } : {}),
                ...(fee.lines ? { lines: fee.lines.map((l) => (lineReads(l) ? renameLine(l) : l)) } : {}),
              }
            : fee,
        ),
      },
    };
  }
  return out;
}
