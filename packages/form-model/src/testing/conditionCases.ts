import type { Condition } from '../types';

/** One condition, one set of answers, and whether the condition holds. */
export interface ConditionCase {
  name: string;
  condition: Condition;
  data: Record<string, unknown>;
  holds: boolean;
}

/**
 * The meaning of every condition operator, as data (STYLE principle 12): run against
 * `evaluateCondition` (what the renderer shows) and against `conditionToSchema` under a plain
 * 2020-12 validator (what the server accepts). Both must give `holds`.
 */
export const conditionCases: readonly ConditionCase[] = [
  {
    name: 'equals: same string',
    condition: { field: 'a', op: 'equals', value: 'si' },
    data: { a: 'si' },
    holds: true,
  },
  {
    name: 'equals: other string',
    condition: { field: 'a', op: 'equals', value: 'si' },
    data: { a: 'no' },
    holds: false,
  },
  {
    name: 'equals: unanswered',
    condition: { field: 'a', op: 'equals', value: 'si' },
    data: {},
    holds: false,
  },
  {
    name: 'equals: boolean true',
    condition: { field: 'a', op: 'equals', value: true },
    data: { a: true },
    holds: true,
  },
  {
    name: 'equals: "true" is not true',
    condition: { field: 'a', op: 'equals', value: true },
    data: { a: 'true' },
    holds: false,
  },
  { name: 'equals: number', condition: { field: 'a', op: 'equals', value: 3 }, data: { a: 3 }, holds: true },
  {
    name: 'notEquals: other value',
    condition: { field: 'a', op: 'notEquals', value: 'si' },
    data: { a: 'no' },
    holds: true,
  },
  {
    name: 'notEquals: same value',
    condition: { field: 'a', op: 'notEquals', value: 'si' },
    data: { a: 'si' },
    holds: false,
  },
  // A compared field must be answered: "not si" says nothing about a question not asked.
  {
    name: 'notEquals: unanswered',
    condition: { field: 'a', op: 'notEquals', value: 'si' },
    data: {},
    holds: false,
  },
  {
    name: 'in: listed',
    condition: { field: 'a', op: 'in', values: ['x', 'y'] },
    data: { a: 'y' },
    holds: true,
  },
  {
    name: 'in: not listed',
    condition: { field: 'a', op: 'in', values: ['x', 'y'] },
    data: { a: 'z' },
    holds: false,
  },
  { name: 'in: unanswered', condition: { field: 'a', op: 'in', values: ['x'] }, data: {}, holds: false },
  {
    name: 'includes: ticked',
    condition: { field: 'a', op: 'includes', value: 'x' },
    data: { a: ['w', 'x'] },
    holds: true,
  },
  {
    name: 'includes: not ticked',
    condition: { field: 'a', op: 'includes', value: 'x' },
    data: { a: ['w'] },
    holds: false,
  },
  {
    name: 'includes: empty list',
    condition: { field: 'a', op: 'includes', value: 'x' },
    data: { a: [] },
    holds: false,
  },
  {
    name: 'includes: a string is not a list',
    condition: { field: 'a', op: 'includes', value: 'x' },
    data: { a: 'x' },
    holds: false,
  },
  { name: 'gt: above', condition: { field: 'n', op: 'gt', value: 10 }, data: { n: 11 }, holds: true },
  { name: 'gt: equal', condition: { field: 'n', op: 'gt', value: 10 }, data: { n: 10 }, holds: false },
  { name: 'gte: equal', condition: { field: 'n', op: 'gte', value: 10 }, data: { n: 10 }, holds: true },
  { name: 'lt: below', condition: { field: 'n', op: 'lt', value: 10 }, data: { n: 9.5 }, holds: true },
  {
    name: 'lt: a numeric string is not a number',
    condition: { field: 'n', op: 'lt', value: 10 },
    data: { n: '5' },
    holds: false,
  },
  { name: 'lte: equal', condition: { field: 'n', op: 'lte', value: 10 }, data: { n: 10 }, holds: true },
  { name: 'lte: above', condition: { field: 'n', op: 'lte', value: 10 }, data: { n: 10.01 }, holds: false },
  { name: 'answered: any value', condition: { field: 'a', op: 'answered' }, data: { a: '' }, holds: true },
  {
    name: 'answered: false counts',
    condition: { field: 'a', op: 'answered' },
    data: { a: false },
    holds: true,
  },
  { name: 'answered: absent', condition: { field: 'a', op: 'answered' }, data: { b: 1 }, holds: false },
  {
    name: 'all: both hold',
    condition: {
      all: [
        { field: 'a', op: 'equals', value: 'si' },
        { field: 'n', op: 'gte', value: 18 },
      ],
    },
    data: { a: 'si', n: 18 },
    holds: true,
  },
  {
    name: 'all: one fails',
    condition: {
      all: [
        { field: 'a', op: 'equals', value: 'si' },
        { field: 'n', op: 'gte', value: 18 },
      ],
    },
    data: { a: 'si', n: 17 },
    holds: false,
  },
  {
    name: 'any: one holds',
    condition: {
      any: [
        { field: 'a', op: 'equals', value: 'si' },
        { field: 'n', op: 'gte', value: 18 },
      ],
    },
    data: { a: 'no', n: 30 },
    holds: true,
  },
  {
    name: 'any: none holds',
    condition: {
      any: [
        { field: 'a', op: 'equals', value: 'si' },
        { field: 'n', op: 'gte', value: 18 },
      ],
    },
    data: { a: 'no' },
    holds: false,
  },
  {
    name: 'not: of a false one',
    condition: { not: { field: 'a', op: 'equals', value: 'si' } },
    data: { a: 'no' },
    holds: true,
  },
  // `not` of a condition on an unanswered field holds: the inner one is false.
  {
    name: 'not: of an unanswered one',
    condition: { not: { field: 'a', op: 'equals', value: 'si' } },
    data: {},
    holds: true,
  },
  {
    name: 'nested: not(any(...))',
    condition: {
      not: {
        any: [
          { field: 'a', op: 'in', values: ['x', 'y'] },
          { field: 'b', op: 'answered' },
        ],
      },
    },
    data: { a: 'z' },
    holds: true,
  },
];
