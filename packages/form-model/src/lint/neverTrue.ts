import { conditionFields } from '../evaluateCondition';
import type { Condition, ConditionValue } from '../types';
import type { ValueDomain } from './valueDomain';

/** What a reachability check knows about the fields a condition may read. */
export interface FieldFacts {
  domain(id: string): ValueDomain | undefined;
  /** Fields the citizen never sees, so never answers. */
  isUnreachable(id: string): boolean;
}

/** Why a condition never holds, in Italian and English (`params.why` of the findings that say so). */
export interface Why {
  it: string;
  en: string;
}

/**
 * Why `condition` can never hold, in Italian and English, or `undefined` if it might. Conservative: only
 * certain contradictions count (a value outside a field's choices, a comparison with a field
 * of another type, an answer that is never given); `not` is always taken as satisfiable.
 */
export function neverTrue(condition: Condition, facts: FieldFacts): Why | undefined {
  // compile conjoins the visibility of every field a condition reads (effectiveConditions), so
  // reading a field that is never shown hides the reader whatever the operator, `not` included.
  const hidden = conditionFields(condition).find((id) => facts.isUnreachable(id));
  if (hidden) {
    return {
      it: `"${hidden}" non viene mai mostrato, quindi non ha mai una risposta`,
      en: `"${hidden}" is never shown, so it is never answered`,
    };
  }
  return neverHolds(condition, facts);
}

function neverHolds(condition: Condition, facts: FieldFacts): Why | undefined {
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
  if (domain.type === 'none') return { it: `"${id}" non raccoglie risposte`, en: `"${id}" takes no answer` };
  switch (condition.op) {
    case 'answered':
      return undefined;
    case 'equals':
      return cannotBe(id, domain, condition.value);
    case 'notEquals': {
      const only = domain.values?.length === 1 ? domain.values[0] : undefined;
      return only !== undefined && only === condition.value
        ? { it: `"${id}" vale sempre ${show(only)}`, en: `"${id}" is always ${showEn(only)}` }
        : undefined;
    }
    case 'in':
      return condition.values.every((v) => cannotBe(id, domain, v))
        ? {
            it: `"${id}" non può valere nessuno tra ${condition.values.map(show).join(', ')}`,
            en: `"${id}" can be none of ${condition.values.map(showEn).join(', ')}`,
          }
        : undefined;
    case 'includes':
      if (domain.type === 'unknown') return undefined;
      if (domain.type !== 'array') {
        return {
          it: `"${id}" non è una scelta multipla, quindi non "contiene" valori`,
          en: `"${id}" is not a multiple choice, so it "includes" no values`,
        };
      }
      return domain.items ? cannotBe(id, domain.items, condition.value) : undefined;
    default:
      return compareNever(id, domain, condition.op, condition.value);
  }
}

function cannotBe(id: string, domain: ValueDomain, value: ConditionValue): Why | undefined {
  if (domain.type === 'unknown') return undefined;
  if (domain.type !== typeof value) {
    return {
      it: `"${id}" ${holds(domain).it}, non ${show(value)}`,
      en: `"${id}" ${holds(domain).en}, not ${showEn(value)}`,
    };
  }
  if (domain.values && !domain.values.includes(value)) {
    return {
      it: `${show(value)} non è tra i valori possibili di "${id}" (${domain.values.map(show).join(', ')})`,
      en: `${showEn(value)} is not among the values of "${id}" (${domain.values.map(showEn).join(', ')})`,
    };
  }
  if (typeof value === 'number' && (value < (domain.min ?? -Infinity) || value > (domain.max ?? Infinity))) {
    return {
      it: `${value} è fuori dall'intervallo ammesso per "${id}"`,
      en: `${value} is outside the range of "${id}"`,
    };
  }
  return undefined;
}

function compareNever(id: string, domain: ValueDomain, op: 'gt' | 'gte' | 'lt' | 'lte', value: number) {
  if (domain.type === 'unknown') return undefined;
  if (domain.type !== 'number') {
    return {
      it: `"${id}" ${holds(domain).it}, non un numero da confrontare`,
      en: `"${id}" ${holds(domain).en}, not a number to compare`,
    };
  }
  const { min = -Infinity, max = Infinity } = domain;
  const impossible =
    (op === 'gt' && value >= max) ||
    (op === 'gte' && value > max) ||
    (op === 'lt' && value <= min) ||
    (op === 'lte' && value < min);
  return impossible
    ? {
        it: `"${id}" non può essere ${OP_WORDS[op]} ${value} (ammessi da ${min} a ${max})`,
        en: `"${id}" cannot be ${OP_WORDS_EN[op]} ${value} (allowed from ${min} to ${max})`,
      }
    : undefined;
}

const OP_WORDS = { gt: 'maggiore di', gte: 'almeno', lt: 'minore di', lte: 'al massimo' } as const;
const OP_WORDS_EN = { gt: 'greater than', gte: 'at least', lt: 'less than', lte: 'at most' } as const;

function holds(domain: ValueDomain): Why {
  const what = {
    string: { it: 'contiene un testo', en: 'holds a text' },
    number: { it: 'contiene un numero', en: 'holds a number' },
    boolean: { it: 'contiene sì/no', en: 'holds yes/no' },
    array: { it: 'contiene un elenco', en: 'holds a list' },
    object: { it: 'contiene un gruppo di risposte', en: 'holds a group of answers' },
  } as Record<string, Why>;
  return what[domain.type] ?? { it: 'ha un altro tipo', en: 'has another type' };
}

const show = (v: ConditionValue) => (typeof v === 'boolean' ? (v ? 'sì' : 'no') : JSON.stringify(v));
const showEn = (v: ConditionValue) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : JSON.stringify(v));
