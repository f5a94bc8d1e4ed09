import type { Condition } from './types';

/** Evaluates a condition against answers, with the same meaning as its compiled schema. */
export function evaluateCondition(condition: Condition, data: Record<string, unknown>): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, data));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, data));
  if ('not' in condition) return !evaluateCondition(condition.not, data);
  if (!Object.hasOwn(data, condition.field) || data[condition.field] === undefined) return false;
  const answer = data[condition.field];
  switch (condition.op) {
    case 'equals':
      return answer === condition.value;
    case 'notEquals':
      return answer !== condition.value;
    case 'in':
      return condition.values.some((v) => v === answer);
    case 'includes':
      return Array.isArray(answer) && answer.includes(condition.value);
    case 'gt':
      return typeof answer === 'number' && answer > condition.value;
    case 'gte':
      return typeof answer === 'number' && answer >= condition.value;
    case 'lt':
      return typeof answer === 'number' && answer < condition.value;
    case 'lte':
      return typeof answer === 'number' && answer <= condition.value;
    case 'answered':
      return true;
  }
}

/** The ids of the fields a condition reads. */
export function conditionFields(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(conditionFields);
  if ('any' in condition) return condition.any.flatMap(conditionFields);
  if ('not' in condition) return conditionFields(condition.not);
  return [condition.field];
}
