import type { ModelError } from '../types';

const VALUE_OPS = new Set(['equals', 'notEquals', 'includes']);
const NUMBER_OPS = new Set(['gt', 'gte', 'lt', 'lte']);

const isValue = (v: unknown) =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/**
 * Refuses a value that is not a condition of the module format. The designer builds conditions
 * from menus, but a condition can also come from pasted JSON, and a bad one would only surface
 * at the next parse.
 */
export function checkConditionShape(value: unknown, path: string): ModelError | undefined {
  const problem = shapeProblem(value);
  return problem === undefined
    ? undefined
    : { code: 'invalid_property', message: `La condizione non è valida: ${problem}.`, path };
}

function shapeProblem(c: unknown): string | undefined {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return 'serve un oggetto';
  const keys = Object.keys(c);
  const o = c as Record<string, unknown>;
  const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k));
  for (const combinator of ['all', 'any'] as const) {
    if (!(combinator in o)) continue;
    const list = o[combinator];
    if (!only(combinator) || !Array.isArray(list) || list.length === 0) {
      return `"${combinator}" vuole un elenco non vuoto di condizioni`;
    }
    for (const item of list) {
      const inner = shapeProblem(item);
      if (inner) return inner;
    }
    return undefined;
  }
  if ('not' in o) return only('not') ? shapeProblem(o.not) : '"not" vuole una sola condizione';
  if (typeof o.field !== 'string' || o.field === '') return 'manca il campo da confrontare';
  const op = o.op;
  if (op === 'answered') return only('field', 'op') ? undefined : '"answered" non vuole un valore';
  if (op === 'in') {
    const ok = only('field', 'op', 'values') && Array.isArray(o.values) && o.values.length > 0;
    return ok && (o.values as unknown[]).every(isValue)
      ? undefined
      : '"in" vuole un elenco non vuoto di valori';
  }
  if (typeof op === 'string' && NUMBER_OPS.has(op)) {
    const ok = only('field', 'op', 'value') && typeof o.value === 'number' && Number.isFinite(o.value);
    return ok ? undefined : `"${op}" vuole un numero`;
  }
  if (typeof op === 'string' && VALUE_OPS.has(op)) {
    return only('field', 'op', 'value') && isValue(o.value)
      ? undefined
      : `"${op}" vuole un valore (testo, numero, sì/no)`;
  }
  return `operatore sconosciuto ${JSON.stringify(op)}`;
}
