import { modelError } from '../messages/modelError';
import type { ModelError } from '../types';
import type { TextOwner } from './checkText';

const VALUE_OPS = new Set(['equals', 'notEquals', 'includes']);
const NUMBER_OPS = new Set(['gt', 'gte', 'lt', 'lte']);

const isValue = (v: unknown) =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/**
 * Refuses a value that is not a condition of the module format. The designer builds conditions
 * from menus, but a condition can also come from pasted JSON, and a bad one would only surface
 * at the next parse.
 */
export function checkConditionShape(
  value: unknown,
  path: string,
  owner: TextOwner = {},
): ModelError | undefined {
  const problem = shapeProblem(value);
  return problem === undefined
    ? undefined
    : modelError(
        'invalid_property',
        { ...owner, property: 'condition', ...problem },
        path,
        owner.id === undefined ? {} : { id: owner.id },
      );
}

/** Why a value is not a condition: a problem code of the catalogue and its params. */
type ShapeProblem = { problem: string; op?: unknown };

function shapeProblem(c: unknown): ShapeProblem | undefined {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return { problem: 'condition_object' };
  const keys = Object.keys(c);
  const o = c as Record<string, unknown>;
  const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k));
  for (const combinator of ['all', 'any'] as const) {
    if (!(combinator in o)) continue;
    const list = o[combinator];
    if (!only(combinator) || !Array.isArray(list) || list.length === 0) {
      return { problem: 'condition_list', op: combinator };
    }
    for (const item of list) {
      const inner = shapeProblem(item);
      if (inner) return inner;
    }
    return undefined;
  }
  if ('not' in o) return only('not') ? shapeProblem(o.not) : { problem: 'condition_not' };
  if (typeof o.field !== 'string' || o.field === '') return { problem: 'condition_field' };
  const op = o.op;
  if (op === 'answered') return only('field', 'op') ? undefined : { problem: 'condition_answered' };
  if (op === 'in') {
    const ok = only('field', 'op', 'values') && Array.isArray(o.values) && o.values.length > 0;
    return ok && (o.values as unknown[]).every(isValue) ? undefined : { problem: 'condition_in' };
  }
  if (typeof op === 'string' && NUMBER_OPS.has(op)) {
    const ok = only('field', 'op', 'value') && typeof o.value === 'number' && Number.isFinite(o.value);
    return ok ? undefined : { problem: 'condition_number', op };
  }
  if (typeof op === 'string' && VALUE_OPS.has(op)) {
    return only('field', 'op', 'value') && isValue(o.value) ? undefined : { problem: 'condition_value', op };
  }
  return { problem: 'condition_op', op };
}
