import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import { walkFields } from '../walkFields';
import { removeField } from './removeField';

const m = makeModule([
  {
    id: 'uno',
    title: { it: 'Uno' },
    fields: [
      text('a'),
      text('b', { condition: { field: 'a', op: 'answered' } }),
      {
        id: 'g',
        kind: 'group',
        label: { it: 'G' },
        fields: [text('c'), text('d', { condition: { field: 'c', op: 'answered' } })],
      },
    ],
  },
  {
    id: 'due',
    title: { it: 'Due' },
    condition: { any: [{ field: 'b', op: 'equals', value: 'x' }] },
    fields: [text('e')],
  },
]);
const ids = (r: ReturnType<typeof removeField>) =>
  r.ok ? walkFields(r.value).map((l) => l.field.id) : r.error.code;

describe('removeField', () => {
  it('removes a field nobody reads', () => {
    expect(ids(removeField(m, { id: 'e' }))).toEqual(['a', 'b', 'g', 'c', 'd']);
  });

  it('removes a container with its children, even if they read each other', () => {
    expect(ids(removeField(m, { id: 'g' }))).toEqual(['a', 'b', 'e']);
  });

  it('refuses a field a condition reads, naming the dependants', () => {
    const result = removeField(m, { id: 'a' });
    expect(result).toMatchObject({ ok: false, error: { code: 'field_in_use', path: '/steps/0/fields/0' } });
    expect(!result.ok && result.error.message).toContain('"b"');
    expect(removeField(m, { id: 'b' })).toMatchObject({
      ok: false,
      error: { code: 'field_in_use', message: expect.stringContaining('"due"') },
    });
    expect(removeField(m, { id: 'c' })).toMatchObject({ ok: false, error: { code: 'field_in_use' } });
  });

  it('refuses an unknown field', () => {
    expect(ids(removeField(m, { id: 'zz' }))).toBe('unknown_field');
  });
});
