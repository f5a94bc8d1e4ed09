import type { JsonSchema } from '../jsonSchema';
import type { Condition, ConditionValue } from '../types';
import { resolveRef } from './resolveRef';

const isScalar = (v: unknown): v is ConditionValue => ['string', 'number', 'boolean'].includes(typeof v);
const only = (s: JsonSchema, allowed: string[]) =>
  Object.keys(s).every(
    (k) => allowed.includes(k) || k === '$comment' || k === 'title' || k === 'description',
  );

/**
 * The condition an `if` schema tests, when it is one our conditions can say exactly: `const`,
 * `not const`, `enum`, `contains const`, number bounds and `required`, combined with
 * allOf / anyOf / not (the inverse of `conditionToSchema`). `ids` maps source keys to field ids.
 * A property tested without being required holds also when the answer is absent, and maps to
 * "not answered, or ...". Undefined when the schema says something else.
 */
export function schemaToCondition(
  root: JsonSchema,
  input: unknown,
  ids: (key: string) => string | undefined,
): Condition | undefined {
  const schema = resolveRef(root, input).schema;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return undefined;
  const s = schema as JsonSchema;
  const parts: Condition[] = [];
  const nested = (list: unknown, wrap: (c: Condition[]) => Condition) => {
    if (!Array.isArray(list) || list.length === 0) return false;
    const inner = list.map((x) => schemaToCondition(root, x, ids));
    if (inner.some((c) => c === undefined)) return false;
    parts.push(inner.length === 1 ? inner[0]! : wrap(inner as Condition[]));
    return true;
  };
  if (!only(s, ['allOf', 'anyOf', 'not', 'properties', 'required', 'type'])) return undefined;
  if (s.type !== undefined && s.type !== 'object') return undefined;
  if ('allOf' in s && !nested(s.allOf, (all) => ({ all }))) return undefined;
  if ('anyOf' in s && !nested(s.anyOf, (any) => ({ any }))) return undefined;
  if ('not' in s) {
    const inner = schemaToCondition(root, s.not, ids);
    if (!inner) return undefined;
    parts.push({ not: inner });
  }
  const required = Array.isArray(s.required) ? (s.required as string[]) : [];
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  if (typeof properties !== 'object') return undefined;
  for (const key of required) {
    if (key in properties) continue;
    const field = ids(key);
    if (!field) return undefined;
    parts.push({ field, op: 'answered' });
  }
  for (const [key, sub] of Object.entries(properties)) {
    const field = ids(key);
    if (!field) return undefined;
    const leaf = leafCondition(field, resolveRef(root, sub).schema);
    if (!leaf) return undefined;
    parts.push(required.includes(key) ? leaf : { any: [{ not: { field, op: 'answered' } }, leaf] });
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { all: parts };
}

function leafCondition(field: string, schema: unknown): Condition | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const s = schema as JsonSchema;
  if (only(s, ['const']) && isScalar(s.const)) return { field, op: 'equals', value: s.const };
  if (only(s, ['not']) && typeof s.not === 'object' && s.not !== null) {
    const n = s.not as JsonSchema;
    if (only(n, ['const']) && isScalar(n.const)) return { field, op: 'notEquals', value: n.const };
    return undefined;
  }
  if (only(s, ['enum', 'type']) && Array.isArray(s.enum) && s.enum.every(isScalar)) {
    if (s.enum.length === 1) return { field, op: 'equals', value: s.enum[0] as ConditionValue };
    return { field, op: 'in', values: s.enum as ConditionValue[] };
  }
  if (
    only(s, ['type', 'contains']) &&
    s.type === 'array' &&
    typeof s.contains === 'object' &&
    s.contains !== null
  ) {
    const c = s.contains as JsonSchema;
    if (only(c, ['const']) && isScalar(c.const)) return { field, op: 'includes', value: c.const };
    return undefined;
  }
  if (s.type === 'number' || s.type === 'integer') {
    const bounds: [string, 'gt' | 'gte' | 'lt' | 'lte'][] = [
      ['exclusiveMinimum', 'gt'],
      ['minimum', 'gte'],
      ['exclusiveMaximum', 'lt'],
      ['maximum', 'lte'],
    ];
    const present = bounds.filter(([k]) => typeof s[k] === 'number');
    // `type: integer` would also refuse 2.5: only the number form is the exact inverse.
    if (s.type !== 'number' || present.length !== 1 || !only(s, ['type', present[0]![0]])) return undefined;
    return { field, op: present[0]![1], value: s[present[0]![0]] as number };
  }
  return undefined;
}
