import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import { parseModule } from '../parseModule';
import type { Exit, Module } from '../types';
import { addExit } from './addExit';
import { removeExit } from './removeExit';
import { removeField } from './removeField';
import { setExit } from './setExit';

const m = makeModule([
  {
    id: 'uno',
    title: { it: 'Uno' },
    fields: [text('a'), { id: 'g', kind: 'group', label: { it: 'G' }, fields: [text('c')] }],
  },
  { id: 'due', title: { it: 'Due' }, fields: [text('e')] },
]);
const exit = (id: string, field: string): Exit => ({
  id,
  when: { field, op: 'equals', value: 'no' },
  title: { it: 'Non fa per te' },
  message: { it: 'Questo servizio è per i residenti.' },
  link: { url: 'https://www.comune.example.it/altro', label: { it: 'Altri servizi' } },
});
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const value = (r: ReturnType<typeof addExit>): Module => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('addExit, setExit, removeExit', () => {
  it('adds exits to a step and to the module, in order, accepted by parseModule', () => {
    const one = value(addExit(m, { stepId: 'uno', exit: exit('nonResidente', 'a') }));
    const two = value(addExit(one, { exit: exit('tardi', 'e') }));
    const three = value(addExit(two, { stepId: 'uno', exit: exit('primo', 'a'), index: 0 }));
    expect(three.steps[0]?.exits?.map((e) => e.id)).toEqual(['primo', 'nonResidente']);
    expect(three.exits?.map((e) => e.id)).toEqual(['tardi']);
    expect(parseModule(three).ok).toBe(true);
    expect(m.steps[0]).not.toHaveProperty('exits');
  });

  it('refuses a step exit on a later step’s field with the model’s reason', () => {
    const r = addExit(m, { stepId: 'uno', exit: exit('x', 'e') });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'condition_on_later_field',
        params: { owner: 'x', ownerType: 'stepExit', property: 'when', reads: 'e' },
        path: '/steps/0/exits/0/when',
        id: 'x',
        message: 'L\'uscita "x" usa "e", che viene dopo: una condizione può usare solo risposte precedenti.',
      },
    });
    expect(code(addExit(m, { exit: exit('x', 'zz') }))).toBe('unknown_field');
    expect(code(addExit(m, { exit: exit('x', 'c') }))).toBe('condition_out_of_scope');
    expect(code(addExit(m, { stepId: 'zz', exit: exit('x', 'a') }))).toBe('unknown_step');
    expect(code(addExit(m, { exit: exit('x', 'a'), index: 3 }))).toBe('index_out_of_range');
  });

  it('refuses malformed exits and duplicate ids', () => {
    expect(code(addExit(m, { exit: exit('Bad id', 'a') }))).toBe('invalid_id');
    expect(code(addExit(m, { exit: { ...exit('x', 'a'), title: { it: ' ' } } }))).toBe('invalid_property');
    expect(
      code(addExit(m, { exit: { ...exit('x', 'a'), link: { url: 'ftp://x', label: { it: 'x' } } } })),
    ).toBe('invalid_property');
    const one = value(addExit(m, { stepId: 'due', exit: exit('x', 'a') }));
    expect(code(addExit(one, { exit: exit('x', 'a') }))).toBe('duplicate_id');
  });

  it('replaces an exit in place and refuses a bad replacement', () => {
    const one = value(addExit(m, { stepId: 'due', exit: exit('x', 'a') }));
    const { link: _link, ...plain } = exit('y', 'e');
    const edited = value(setExit(one, { id: 'x', exit: plain }));
    expect(edited.steps[1]?.exits).toEqual([plain]);
    const later = value(addExit(m, { stepId: 'uno', exit: exit('x', 'a') }));
    expect(code(setExit(later, { id: 'x', exit: exit('x', 'e') }))).toBe('condition_on_later_field');
    expect(code(setExit(later, { id: 'zz', exit: exit('x', 'a') }))).toBe('unknown_exit');
  });

  it('removes an exit, dropping the emptied list; an exit keeps the field it reads', () => {
    const one = value(addExit(m, { stepId: 'uno', exit: exit('x', 'a') }));
    expect(code(removeField(one, { id: 'a' }))).toBe('field_in_use');
    const gone = value(removeExit(one, { id: 'x' }));
    expect(gone.steps[0]).not.toHaveProperty('exits');
    expect(code(removeExit(gone, { id: 'x' }))).toBe('unknown_exit');
  });
});
