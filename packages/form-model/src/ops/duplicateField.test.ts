import { describe, expect, it } from 'vitest';
import { parseModule } from '../parseModule';
import { makeModule, text } from '../testing/makeModule';
import { duplicateField } from './duplicateField';

const m = makeModule([
  {
    id: 'uno',
    title: { it: 'Uno' },
    fields: [
      text('a'),
      {
        id: 'g',
        kind: 'group',
        label: { it: 'G' },
        condition: { field: 'a', op: 'answered' },
        fields: [
          text('c', { props: { maxLength: 5 } }),
          text('d', { condition: { field: 'c', op: 'equals', value: 'x' } }),
        ],
      },
    ],
  },
]);

describe('duplicateField', () => {
  it('inserts a deep copy after the original with fresh ids and remapped inner conditions', () => {
    const result = duplicateField(m, { id: 'g' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const copy = result.value.steps[0]?.fields[2];
    expect(copy).toEqual({
      id: 'g2',
      kind: 'group',
      label: { it: 'G' },
      condition: { field: 'a', op: 'answered' },
      fields: [
        text('c2', { label: { it: 'Campo c' }, props: { maxLength: 5 } }),
        text('d2', { label: { it: 'Campo d' }, condition: { field: 'c2', op: 'equals', value: 'x' } }),
      ],
    });
    expect(parseModule(result.value).ok).toBe(true);
  });

  it('does not share mutable parts with the original', () => {
    const result = duplicateField(m, { id: 'g' });
    if (!result.ok) throw new Error(result.error.message);
    const [, original, copy] = result.value.steps[0]?.fields ?? [];
    expect(copy?.fields?.[0]?.props).not.toBe(original?.fields?.[0]?.props);
  });

  it('counts on from a numbered id', () => {
    const twice = duplicateField(m, { id: 'a' });
    const thrice = twice.ok ? duplicateField(twice.value, { id: 'a2' }) : twice;
    expect(thrice.ok && thrice.value.steps[0]?.fields.map((f) => f.id)).toEqual(['a', 'a2', 'a3', 'g']);
  });

  it('refuses an unknown field', () => {
    expect(duplicateField(m, { id: 'zz' })).toMatchObject({ ok: false, error: { code: 'unknown_field' } });
  });
});
