import { describe, expect, it } from 'vitest';
import { conditionToSchema } from './conditionToSchema';
import { conditionFields, evaluateCondition } from './evaluateCondition';
import { conditionCases } from './testing/conditionCases';
import { createAjv } from './validateSubmission';

const ajv = createAjv();

describe('conditions: the renderer and the server agree on every case', () => {
  for (const c of conditionCases) {
    it(c.name, () => {
      expect(evaluateCondition(c.condition, c.data)).toBe(c.holds);
      expect(ajv.validate(conditionToSchema(c.condition), c.data)).toBe(c.holds);
    });
  }
});

describe('conditionFields', () => {
  it('lists every field a nested condition reads, in order', () => {
    expect(
      conditionFields({
        all: [
          { field: 'a', op: 'answered' },
          {
            not: {
              any: [
                { field: 'b', op: 'gt', value: 1 },
                { field: 'c', op: 'in', values: ['x'] },
              ],
            },
          },
        ],
      }),
    ).toEqual(['a', 'b', 'c']);
    expect(conditionFields(undefined)).toEqual([]);
  });
});
