import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import { addStep } from './addStep';

const m = makeModule([{ id: 'nuovoPasso', title: { it: 'Dati' }, fields: [text('passo')] }]);

describe('addStep', () => {
  it('adds an empty step at the end with an id from its title', () => {
    const result = addStep(m);
    expect(result.ok && result.value.steps[1]).toEqual({
      id: 'nuovoPasso2',
      title: { it: 'Nuovo passo', en: 'New step' },
      fields: [],
    });
  });

  it('adds at an index with a given title or id', () => {
    const titled = addStep(m, { index: 0, title: { it: 'Dichiarazioni finali' } });
    expect(titled.ok && titled.value.steps.map((s) => s.id)).toEqual(['dichiarazioniFinali', 'nuovoPasso']);
    const named = addStep(m, { id: 'pagamento' });
    expect(named.ok && named.value.steps[1]?.id).toBe('pagamento');
  });

  it('refuses taken or malformed ids and bad positions', () => {
    expect(addStep(m, { id: 'passo' })).toMatchObject({ ok: false, error: { code: 'duplicate_id' } });
    expect(addStep(m, { id: 'Passo' })).toMatchObject({ ok: false, error: { code: 'invalid_id' } });
    expect(addStep(m, { index: 2 })).toMatchObject({ ok: false, error: { code: 'index_out_of_range' } });
    expect(addStep(m, { title: { it: '' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_property' },
    });
  });
});
