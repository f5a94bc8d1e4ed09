import { describe, expect, it } from 'vitest';
import { makeTestModule } from '../state/makeTestModule';
import { ruleReaders } from './ruleReaders';

describe('ruleReaders', () => {
  it('lists the visibility, routing and fee rules that read each field', () => {
    const m = makeTestModule();
    m.steps[1]!.condition = { field: 'nome', op: 'answered' };
    m.procedure.routing = [
      {
        id: 'viaRoma',
        when: {
          all: [
            { field: 'pericolo', op: 'equals', value: true },
            { field: 'nome', op: 'answered' },
          ],
        },
        office: { id: 'pronto-intervento', name: { it: 'Pronto intervento' } },
        responsible: { id: 'ada-neri', name: 'Ada Neri', role: { it: 'Responsabile' } },
      },
    ];
    m.procedure.fees = [
      {
        id: 'bollo',
        label: { it: 'Bollo' },
        method: 'bollo',
        lines: [{ id: 'perFoglio', label: { it: 'Per foglio' }, cents: 1600, factors: [{ field: 'email' }] }],
      },
    ];
    const r = ruleReaders(m);
    expect(r.get('pericolo')).toEqual([
      { rule: 'visibility', owner: 'descrizione' },
      { rule: 'routing', owner: 'viaRoma' },
    ]);
    expect(r.get('nome')).toEqual([
      { rule: 'visibility', owner: 'recapiti' },
      { rule: 'routing', owner: 'viaRoma' },
    ]);
    expect(r.get('email')).toEqual([{ rule: 'fee', owner: 'perFoglio' }]);
    expect(r.get('descrizione')).toBeUndefined();
  });
});
