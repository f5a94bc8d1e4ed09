/**
 * The one place the renderer reaches the format-3 model functions (`visibleFields`,
 * `pruneHidden`, `computeFees`, `triggeredExit`). They are being written in form-model right
 * now (docs/decisions/2026-12-02-format3-and-api-contract.md); until they are merged these are
 * small local versions with the same signatures, built on `evaluateCondition`. Swap each body
 * for a re-export once `@modulo/form-model` exports it.
 */
import { evaluateCondition, localize } from '@modulo/form-model';
import type { Condition, Exit, Field, FeeLine, LocalizedText, Module } from '@modulo/form-model';

type Answers = Record<string, unknown>;

/** Ids of the fields shown for these answers (steps and containers included, transitive). */
export function visibleFields(module: Module, answers: Answers): Set<string> {
  const shown = new Set<string>();
  const visit = (fields: Field[], scope: Answers, parentShown: boolean) => {
    for (const field of fields) {
      const on = parentShown && (!field.condition || holds(field.condition, scope, shown));
      if (!on) continue;
      shown.add(field.id);
      if (field.kind === 'group' && field.fields) {
        const inner = scope[field.id];
        visit(field.fields, isObject(inner) ? inner : {}, true);
      } else if (field.fields) {
        // Repeatable items: a child is "visible" if the list is; per-item conditions are
        // resolved by the item's own schema (if/then) in the form.
        for (const child of field.fields) shown.add(child.id);
      }
    }
  };
  for (const step of module.steps) {
    const on = !step.condition || holds(step.condition, answers, shown);
    if (on) visit(step.fields, answers, true);
  }
  return shown;
}

/** A condition holds only if the answers it reads are themselves shown. */
function holds(condition: Condition, scope: Answers, shown: Set<string>): boolean {
  const visible: Answers = {};
  for (const [k, v] of Object.entries(scope)) if (shown.has(k)) visible[k] = v;
  return evaluateCondition(condition, visible);
}

/** The answers without those of hidden fields (nested groups and list items too). */
export function pruneHidden(module: Module, answers: Answers): Answers {
  const shown = visibleFields(module, answers);
  const prune = (fields: Field[], scope: Answers): Answers => {
    const out: Answers = {};
    for (const field of fields) {
      if (!shown.has(field.id) || !(field.id in scope) || scope[field.id] === undefined) continue;
      const value = scope[field.id];
      if (field.kind === 'group' && field.fields && isObject(value))
        out[field.id] = prune(field.fields, value);
      else if (field.kind === 'repeatable' && field.fields && Array.isArray(value))
        out[field.id] = value.map((item) => (isObject(item) ? pruneItem(field.fields!, item) : item));
      else out[field.id] = value;
    }
    return out;
  };
  const pruneItem = (fields: Field[], item: Answers): Answers => {
    const out: Answers = {};
    for (const field of fields) {
      if (field.condition && !evaluateCondition(field.condition, item)) continue;
      if (field.id in item && item[field.id] !== undefined) out[field.id] = item[field.id];
    }
    return out;
  };
  return prune(
    module.steps.flatMap((s) => s.fields),
    answers,
  );
}

/** One fee line computed from the answers, in cents. */
export interface FeeQuoteLine {
  id: string;
  label: LocalizedText;
  amountCents: number;
  quantity: number;
}

/** The fees due for these answers (integers in cents). */
export interface FeeQuote {
  fees: { id: string; label: LocalizedText; method: string; lines: FeeQuoteLine[]; totalCents: number }[];
  totalCents: number;
}

/** Fees for these answers: fixed amounts, and lines multiplied by numeric answers or list sizes. */
export function computeFees(module: Module, answers: Answers): FeeQuote {
  const visible = pruneHidden(module, answers);
  const fees: FeeQuote['fees'] = [];
  for (const fee of module.procedure.fees) {
    if (fee.when && !evaluateCondition(fee.when, visible)) continue;
    const lines: FeeQuoteLine[] = fee.lines
      ? fee.lines.flatMap((line) => quoteLine(line, visible))
      : [{ id: fee.id, label: fee.label, amountCents: fee.amountCents ?? 0, quantity: 1 }];
    let total = lines.reduce((sum, l) => sum + l.amountCents, 0);
    if (fee.minCents !== undefined) total = Math.max(total, fee.minCents);
    if (fee.maxCents !== undefined) total = Math.min(total, fee.maxCents);
    fees.push({ id: fee.id, label: fee.label, method: fee.method, lines, totalCents: total });
  }
  return { fees, totalCents: fees.reduce((sum, f) => sum + f.totalCents, 0) };
}

function quoteLine(line: FeeLine, answers: Answers): FeeQuoteLine[] {
  if (line.when && !evaluateCondition(line.when, answers)) return [];
  let quantity = 1;
  for (const factor of line.factors ?? []) {
    const value = 'field' in factor ? answers[factor.field] : answers[factor.countOf];
    const n =
      'field' in factor ? (typeof value === 'number' ? value : 0) : Array.isArray(value) ? value.length : 0;
    quantity *= n;
  }
  return [{ id: line.id, label: line.label, amountCents: Math.round(line.cents * quantity), quantity }];
}

/** The exit these answers reach ("this procedure is not for you"), if any. */
export function triggeredExit(module: Module, answers: Answers): { exit: Exit; stepId?: string } | undefined {
  const visible = pruneHidden(module, answers);
  for (const step of module.steps)
    for (const exit of step.exits ?? [])
      if (evaluateCondition(exit.when, visible)) return { exit, stepId: step.id };
  for (const exit of module.exits ?? []) if (evaluateCondition(exit.when, visible)) return { exit };
  return undefined;
}

/** Localized text in the page's language, Italian when missing. */
export function text(t: LocalizedText | undefined, lang: string): string {
  return t ? localize(t, lang) : '';
}

function isObject(v: unknown): v is Answers {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
