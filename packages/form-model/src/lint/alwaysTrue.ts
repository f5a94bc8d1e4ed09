import type { Condition } from '../types';
import type { FieldFacts } from './neverTrue';
import { neverTrue } from './neverTrue';

/**
 * Whether `condition` holds for every submission, given which fields every submission answers
 * (`alwaysAnswered`). Conservative: only certain truths count (a required, always-shown field
 * is answered; a choice among all its values; a bound its domain already guarantees).
 */
export function alwaysTrue(
  condition: Condition,
  facts: FieldFacts,
  alwaysAnswered: (id: string) => boolean,
): boolean {
  if ('all' in condition) return condition.all.every((c) => alwaysTrue(c, facts, alwaysAnswered));
  if ('any' in condition) return condition.any.some((c) => alwaysTrue(c, facts, alwaysAnswered));
  if ('not' in condition) return neverTrue(condition.not, facts) !== undefined;
  if (!alwaysAnswered(condition.field)) return false;
  const domain = facts.domain(condition.field);
  if (!domain) return false;
  const values = domain.values;
  switch (condition.op) {
    case 'answered':
      return true;
    case 'equals':
      return values?.length === 1 && values[0] === condition.value;
    case 'in':
      return values !== undefined && values.every((v) => condition.values.includes(v));
    case 'notEquals':
      return values !== undefined && !values.includes(condition.value);
    case 'includes':
      return false;
    case 'gt':
      return domain.min !== undefined && domain.min > condition.value;
    case 'gte':
      return domain.min !== undefined && domain.min >= condition.value;
    case 'lt':
      return domain.max !== undefined && domain.max < condition.value;
    case 'lte':
      return domain.max !== undefined && domain.max <= condition.value;
  }
}
