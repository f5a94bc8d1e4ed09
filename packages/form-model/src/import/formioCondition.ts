import type { Condition, ConditionValue } from '../types';

/** Resolves a Form.io key (as `when`, `data.key` or `row.key`) to a field id, and says what kind it is. */
export type KeyLookup = (key: string) => { id: string; kind: string } | undefined;

type Logic = unknown;

/** An `eq` string of the simple form, typed like the answer it is compared with. */
function typed(value: unknown, kind: string | undefined): ConditionValue {
  if (kind === 'yes-no' || kind === 'privacy-consent') return value === true || value === 'true';
  if ((kind === 'number' || kind === 'amount') && value !== '' && !Number.isNaN(Number(value)))
    return Number(value);
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value ?? '');
}

/**
 * The condition of a Form.io `conditional`: the simple form `{ show, when, eq }`, the newer
 * `{ show, conjunction, conditions: [{ component, operator, value }] }`, or JSON logic in
 * `json` (==, ===, !=, !==, in, and, or, !, !!, >, >=, <, <=, on `{ var: "data.x" }` or
 * `row.x`). Undefined with a reason when it does not map; `null` when there is no condition.
 */
export function formioCondition(
  conditional: unknown,
  lookup: KeyLookup,
): { condition?: Condition; reason?: string } | null {
  if (typeof conditional !== 'object' || conditional === null) return null;
  const c = conditional as Record<string, unknown>;
  if (c.json !== undefined && c.json !== null && c.json !== '') {
    const condition = fromLogic(c.json, lookup);
    return condition
      ? { condition }
      : { reason: 'JSON-logic condition uses operators or values the module conditions cannot say' };
  }
  const show =
    c.show === true || c.show === 'true' ? true : c.show === false || c.show === 'false' ? false : undefined;
  if (Array.isArray(c.conditions) && c.conditions.length > 0) {
    const parts = c.conditions.map((x) => fromRule(x as Record<string, unknown>, lookup));
    if (parts.some((p) => !p) || show === undefined)
      return { reason: 'a condition rule uses an operator or a field that does not map' };
    const all: Condition =
      parts.length === 1
        ? parts[0]!
        : c.conjunction === 'any'
          ? { any: parts as Condition[] }
          : { all: parts as Condition[] };
    return { condition: show ? all : { not: all } };
  }
  if (typeof c.when === 'string' && c.when !== '' && show !== undefined) {
    const target = lookup(c.when);
    if (!target) return { reason: `the condition reads "${c.when}", which is not an earlier field` };
    const leaf: Condition =
      target.kind === 'multiple-choice'
        ? { field: target.id, op: 'includes', value: String(c.eq) }
        : { field: target.id, op: 'equals', value: typed(c.eq, target.kind) };
    return { condition: show ? leaf : { not: leaf } };
  }
  return null;
}

function fromRule(rule: Record<string, unknown>, lookup: KeyLookup): Condition | undefined {
  const target = typeof rule.component === 'string' ? lookup(rule.component) : undefined;
  if (!target) return undefined;
  const field = target.id;
  const value = typed(rule.value, target.kind);
  switch (rule.operator) {
    case 'isEqual':
      return target.kind === 'multiple-choice'
        ? { field, op: 'includes', value: String(rule.value) }
        : { field, op: 'equals', value };
    case 'isNotEqual':
      return { not: { field, op: 'equals', value } };
    case 'isEmpty':
      return { not: { field, op: 'answered' } };
    case 'isNotEmpty':
      return { field, op: 'answered' };
    case 'greaterThan':
      return typeof value === 'number' ? { field, op: 'gt', value } : undefined;
    case 'lessThan':
      return typeof value === 'number' ? { field, op: 'lt', value } : undefined;
    case 'greaterThanOrEqual':
      return typeof value === 'number' ? { field, op: 'gte', value } : undefined;
    case 'lessThanOrEqual':
      return typeof value === 'number' ? { field, op: 'lte', value } : undefined;
    default:
      return undefined;
  }
}

function variable(x: Logic, lookup: KeyLookup): { id: string; kind: string } | undefined {
  if (typeof x !== 'object' || x === null || !('var' in x)) return undefined;
  const v = (x as { var: unknown }).var;
  const name = Array.isArray(v) ? v[0] : v;
  if (typeof name !== 'string') return undefined;
  return lookup(name.replace(/^(data|row)\./, ''));
}

const scalar = (v: unknown): v is ConditionValue => ['string', 'number', 'boolean'].includes(typeof v);

function fromLogic(logic: Logic, lookup: KeyLookup): Condition | undefined {
  if (typeof logic !== 'object' || logic === null || Array.isArray(logic)) return undefined;
  const entries = Object.entries(logic);
  if (entries.length !== 1) return undefined;
  const [op, raw] = entries[0]!;
  const args = Array.isArray(raw) ? raw : [raw];
  const list = (fn: (cs: Condition[]) => Condition) => {
    const parts = args.map((a) => fromLogic(a, lookup));
    return parts.every(Boolean) && parts.length > 0
      ? parts.length === 1
        ? parts[0]
        : fn(parts as Condition[])
      : undefined;
  };
  switch (op) {
    case 'and':
      return list((all) => ({ all }));
    case 'or':
      return list((any) => ({ any }));
    case '!': {
      const inner = fromLogic(args[0], lookup);
      if (inner) return { not: inner };
      const target = variable(args[0], lookup);
      return target && { not: { field: target.id, op: 'answered' } };
    }
    case '!!': {
      const target = variable(args[0], lookup);
      return target && { field: target.id, op: 'answered' };
    }
    case '==':
    case '===':
    case '!=':
    case '!==': {
      const [a, b] = args;
      const target = variable(a, lookup) ?? variable(b, lookup);
      const value = variable(a, lookup) ? b : a;
      if (!target || !scalar(value)) return undefined;
      const eq: Condition = { field: target.id, op: 'equals', value: typed(value, target.kind) };
      return op.startsWith('!') ? { not: eq } : eq;
    }
    case 'in': {
      const [a, b] = args;
      const target = variable(a, lookup);
      if (target && Array.isArray(b) && b.every(scalar))
        return { field: target.id, op: 'in', values: b.map((v) => typed(v, target.kind)) };
      const list = variable(b, lookup);
      if (list && scalar(a)) return { field: list.id, op: 'includes', value: a };
      return undefined;
    }
    case '>':
    case '>=':
    case '<':
    case '<=': {
      const [a, b] = args;
      const target = variable(a, lookup);
      if (!target || typeof b !== 'number') return undefined;
      const ops = { '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte' } as const;
      return { field: target.id, op: ops[op], value: b };
    }
    default:
      return undefined;
  }
}
