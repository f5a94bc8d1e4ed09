import type { Condition, ConditionValue, Field, Module } from '@modulo/form-model';
import { getFieldKind, walkFields } from '@modulo/form-model';

/** The comparisons the rule editor offers. */
export type DraftOp = 'equals' | 'notEquals' | 'includes' | 'gt' | 'gte' | 'lt' | 'lte' | 'answered';

/** One line of the rule editor: field, comparison, value (as typed). */
export interface DraftRow {
  field: string;
  op: DraftOp;
  value: string;
}

/** What the rule editor edits: lines joined by "all" or "any". */
export interface ConditionDraft {
  mode: 'all' | 'any';
  rows: DraftRow[];
}

/** The comparisons that make sense for a field's kind. */
export function opsFor(field: Field | undefined): DraftOp[] {
  switch (field?.kind) {
    case 'multiple-choice':
      return ['includes', 'answered'];
    case 'number':
    case 'amount':
      return ['equals', 'notEquals', 'gt', 'gte', 'lt', 'lte', 'answered'];
    case 'yes-no':
    case 'privacy-consent':
    case 'single-choice':
      return ['equals', 'notEquals', 'answered'];
    default:
      return ['equals', 'notEquals', 'answered'];
  }
}

/** The fields a rule may name: every field that holds an answer, in form order. */
export function answerFields(module: Module): Field[] {
  return walkFields(module)
    .map((l) => l.field)
    .filter((f) => getFieldKind(f.kind)?.hasValue !== false);
}

const simple = (c: Condition): DraftRow | undefined => {
  if ('all' in c || 'any' in c || 'not' in c) return undefined;
  if (c.op === 'in') return undefined;
  if (c.op === 'answered') return { field: c.field, op: 'answered', value: '' };
  return { field: c.field, op: c.op, value: String(c.value) };
};

/** The draft of a condition, or undefined when it is richer than the editor (nested rules). */
export function toDraft(condition: Condition | undefined): ConditionDraft | undefined {
  if (!condition) return { mode: 'all', rows: [] };
  const one = simple(condition);
  if (one) return { mode: 'all', rows: [one] };
  if ('all' in condition || 'any' in condition) {
    const list = 'all' in condition ? condition.all : condition.any;
    const rows = list.map(simple);
    if (rows.every((r): r is DraftRow => r !== undefined))
      return { mode: 'all' in condition ? 'all' : 'any', rows };
  }
  return undefined;
}

function typedValue(field: Field | undefined, op: DraftOp, raw: string): ConditionValue {
  if (field?.kind === 'yes-no' || field?.kind === 'privacy-consent') return raw === 'true';
  if (field?.kind === 'number' || field?.kind === 'amount' || ['gt', 'gte', 'lt', 'lte'].includes(op)) {
    const n = Number(raw.replace(',', '.'));
    return Number.isFinite(n) && raw.trim() !== '' ? n : raw;
  }
  return raw;
}

/** The condition a draft stands for (undefined when it has no lines: always). */
export function fromDraft(draft: ConditionDraft, module: Module): Condition | undefined {
  const fields = new Map(walkFields(module).map((l) => [l.field.id, l.field]));
  const conditions = draft.rows.map((row): Condition => {
    if (row.op === 'answered') return { field: row.field, op: 'answered' };
    const value = typedValue(fields.get(row.field), row.op, row.value);
    if (row.op === 'gt' || row.op === 'gte' || row.op === 'lt' || row.op === 'lte') {
      return { field: row.field, op: row.op, value: typeof value === 'number' ? value : Number.NaN };
    }
    return { field: row.field, op: row.op, value };
  });
  if (conditions.length === 0) return undefined;
  if (conditions.length === 1) return conditions[0];
  return draft.mode === 'all' ? { all: conditions } : { any: conditions };
}
