import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import { walkFields } from '../walkFields';
import { moveField } from './moveField';

const m = makeModule([
  {
    id: 'uno',
    title: { it: 'Uno' },
    fields: [
      text('a'),
      text('b', { condition: { field: 'a', op: 'answered' } }),
      text('x'),
      { id: 'g', kind: 'group', label: { it: 'G' }, fields: [text('c')] },
    ],
  },
  { id: 'due', title: { it: 'Due' }, condition: { field: 'x', op: 'answered' }, fields: [text('e')] },
]);
const order = (r: ReturnType<typeof moveField>) =>
  r.ok ? walkFields(r.value).map((l) => `${l.stepId}/${l.parentId ?? ''}/${l.field.id}`) : r.error.code;

describe('moveField', () => {
  it('moves within a step; the index counts without the moved field', () => {
    expect(order(moveField(m, { id: 'x', to: { stepId: 'uno' }, index: 0 }))).toEqual([
      'uno//x',
      'uno//a',
      'uno//b',
      'uno//g',
      'uno/g/c',
      'due//e',
    ]);
    expect(order(moveField(m, { id: 'a', to: { stepId: 'uno' }, index: 1 }))).toBe(
      'condition_on_later_field',
    );
  });

  it('moves between steps and into containers', () => {
    expect(order(moveField(m, { id: 'e', to: { stepId: 'uno' }, index: 0 }))).toEqual([
      'uno//e',
      'uno//a',
      'uno//b',
      'uno//x',
      'uno//g',
      'uno/g/c',
    ]);
    expect(order(moveField(m, { id: 'e', to: { containerId: 'g' } }))).toEqual([
      'uno//a',
      'uno//b',
      'uno//x',
      'uno//g',
      'uno/g/c',
      'uno/g/e',
    ]);
  });

  it('returns the same module when nothing moves', () => {
    const result = moveField(m, { id: 'b', to: { stepId: 'uno' }, index: 1 });
    expect(result.ok && result.value).toBe(m);
  });

  it('refuses a move that puts a read field after its reader, naming both', () => {
    const result = moveField(m, { id: 'a', to: { stepId: 'due' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'condition_on_later_field', id: 'a' } });
    expect(!result.ok && result.error.message).toMatch(/"b".*"a"/);
    expect(order(moveField(m, { id: 'x', to: { stepId: 'due' } }))).toBe('condition_cycle');
  });

  it('refuses moving a read field into a section', () => {
    expect(order(moveField(m, { id: 'a', to: { containerId: 'g' } }))).toBe('condition_out_of_scope');
  });

  it('refuses bad targets', () => {
    expect(order(moveField(m, { id: 'zz', to: { stepId: 'uno' } }))).toBe('unknown_field');
    expect(order(moveField(m, { id: 'g', to: { containerId: 'g' } }))).toBe('move_into_itself');
    expect(order(moveField(m, { id: 'a', to: { containerId: 'b' } }))).toBe('not_a_container');
    expect(order(moveField(m, { id: 'a', to: { stepId: 'tre' } }))).toBe('unknown_step');
    expect(order(moveField(m, { id: 'e', to: { stepId: 'uno' }, index: 5 }))).toBe('index_out_of_range');
  });

  it('refuses in the one issue shape: params, a JSON Pointer path, the id, the catalogue message', () => {
    const error = (r: ReturnType<typeof moveField>) => (r.ok ? undefined : r.error);
    expect(error(moveField(m, { id: 'g', to: { containerId: 'g' } }))).toEqual({
      code: 'move_into_itself',
      params: { id: 'g' },
      path: '/steps/0/fields/3',
      id: 'g',
      message: 'Non è possibile spostare "g" dentro se stesso.',
    });
    expect(error(moveField(m, { id: 'a', to: { containerId: 'b' } }))).toMatchObject({
      code: 'not_a_container',
      path: '/steps/0/fields/1',
      id: 'b',
      message: 'Il campo "b" non può contenere altri campi.',
    });
    // No such field: nothing in the module to point at, so the whole module.
    expect(error(moveField(m, { id: 'zz', to: { stepId: 'uno' } }))).toMatchObject({ path: '', id: 'zz' });
  });
});
