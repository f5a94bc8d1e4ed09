import { conditionFields } from '../evaluateCondition';
import type { Condition, ConditionValue } from '../types';
import type { ValueDomain } from './valueDomain';

/** What a reachability check knows about the fields a condition may read. */
export interface FieldFacts {
  domain(id: string): ValueDomain | undefined;
  /** Fields the citizen never sees, so never answers. */
  isUnreachable(id: string): boolean;
}

/**
 * Why `condition` can never hold, in Italian, or `undefined` if it might. Conservative: only
 * certain contradictions count (a value outside a field's choices, a comparison with a field
 * of another type, an answer that is never given); `not` is always taken as satisfiable.
 */
export function neverTrue(condition: Condition, facts: FieldFacts): string | undefined {
  // compile conjoins the visibility of every field a condition reads (effectiveConditions), so
  // reading a field that is never shown hides the reader whatever the operator, `not` included.
  const hidden = conditionFields(condition).find((id) => facts.isUnreachable(id));
  if (hidden) return `"${hidden}" non viene mai mostrato, quindi non ha mai una risposta`;
  return neverHolds(condition, facts);
}

function neverHolds(condition: Condition, facts: FieldFacts): string | undefined {
  if ('all' in condition) {
    for (const c of condition.all) {
      const why = neverHolds(c, facts);
      if (why) return why;
    }
    return undefined;
  }
  if ('any' in condition) {
    const whys = condition.any.map((c) => neverHolds(c, facts));
    return whys.every(Boolean) ? whys[0] : undefined;
  }
  if ('not' in condition) return undefined;

  const id = condition.field;
  const domain = facts.domain(id);
  if (!domain) return undefined; // unknown field: reported as such
  if (domain.type === 'none') return `"${id}" non raccoglie risposte`;
  switch (condition.op) {
    case 'answered':
      return undefined;
    case 'equals':
      return cannotBe(id, domain, condition.value);
    case 'notEquals': {
      const only = domain.values?.length === 1 ? domain.values[0] : undefined;
      return only !== undefined && only === condition.value ? `"${id}" vale sempre ${show(only)}` : undefined;
    }
    case 'in':
      return condition.values.every((v) => cannotBe(id, domain, v))
        ? `"${id}" non può valere nessuno tra ${condition.values.map(show).join(', ')}`
        : undefined;
    case 'includes':
      if (domain.type === 'unknown') return undefined;
      if (domain.type !== 'array') return `"${id}" non è una scelta multipla, quindi non "contiene" valori`;
      return domain.items ? cannotBe(id, domain.items, condition.value) : undefined;
    default:
      return compareNever(id, domain, condition.op, condition.value);
  }
}

function cannotBe(id: string, domain: ValueDomain, value: ConditionValue): string | undefined {
  if (domain.type === 'unknown') return undefined;
  if (domain.type !== typeof value) return `"${id}" ${holds(domain)}, non ${show(value)}`;
  if (domain.values && !domain.values.includes(value)) {
    return `${show(value)} non è tra i valori possibili di "${id}" (${domain.values.map(show).join(', ')})`;
  }
  if (typeof value === 'number' && (value < (domain.min ?? -Infinity) || value > (domain.max ?? Infinity))) {
    return `${value} è fuori dall'intervallo ammesso per "${id}"`;
  }
  return undefined;
}

function compareNever(id: string, domain: ValueDomain, op: 'gt' | 'gte' | 'lt' | 'lte', value: number) {
  if (domain.type === 'unknown') return undefined;
  if (domain.type !== 'number') return `"${id}" ${holds(domain)}, non un numero da confrontare`;
  const { min = -Infinity, max = Infinity } = domain;
  const impossible =
    (op === 'gt' && value >= max) ||
    (op === 'gte' && value > max) ||
    (op === 'lt' && value <= min) ||
    (op === 'lte' && value < min);
  return impossible
    ? `"${id}" non può essere ${OP_WORDS[op]} ${value} (ammessi da ${min} a ${max})`
    : undefined;
}

const OP_WORDS = { gt: 'maggiore di', gte: 'almeno', lt: 'minore di', lte: 'al massimo' } as const;

function holds(domain: ValueDomain): string {
  const what = {
    string: 'contiene un testo',
    number: 'contiene un numero',
    boolean: 'contiene sì/no',
    array: 'contiene un elenco',
    object: 'contiene un gruppo di risposte',
  } as Record<string, string>;
  return what[domain.type] ?? 'ha un altro tipo';
}

const show = (v: ConditionValue) => (typeof v === 'boolean' ? (v ? 'sì' : 'no') : JSON.stringify(v));
