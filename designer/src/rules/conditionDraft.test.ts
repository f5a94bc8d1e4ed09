import { describe, expect, it } from 'vitest';
import { createTestDesigner } from '../state/createTestDesigner';
import { makeTestModule } from '../state/makeTestModule';
import { fromDraft, toDraft } from './conditionDraft';

describe('condition drafts', () => {
  it('round-trips the conditions the editor can show', () => {
    const m = makeTestModule();
    const c = {
      any: [
        { field: 'pericolo', op: 'equals' as const, value: true },
        { field: 'nome', op: 'answered' as const },
      ],
    };
    expect(fromDraft(toDraft(c)!, m)).toEqual(c);
    expect(toDraft(undefined)).toEqual({ mode: 'all', rows: [] });
    expect(toDraft({ not: { field: 'nome', op: 'answered' } })).toBeUndefined();
  });

  it('types values by the field read: yes/no as booleans', () => {
    const m = makeTestModule();
    expect(
      fromDraft({ mode: 'all', rows: [{ field: 'pericolo', op: 'equals', value: 'false' }] }, m),
    ).toEqual({
      field: 'pericolo',
      op: 'equals',
      value: false,
    });
  });

  it('a rule built in the editor on a later field is refused by the model with its reason', () => {
    const d = createTestDesigner();
    const c = fromDraft({ mode: 'all', rows: [{ field: 'email', op: 'answered', value: '' }] }, d.module);
    const r = d.setCondition({ fieldId: 'nome' }, c);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('condition_on_later_field');
  });
});
