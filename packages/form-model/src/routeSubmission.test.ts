import { describe, expect, it } from 'vitest';
import { parseModule } from './parseModule';
import { routeSubmission } from './routeSubmission';
import { routingCases, routingModule } from './testing/routingCases';
import { validateSubmission } from './validateSubmission';

describe('routeSubmission: the routing cases (the server runs the same)', () => {
  it('the case module parses (format 3)', () => {
    const r = parseModule(JSON.parse(JSON.stringify(routingModule)));
    expect(r.ok ? 'ok' : r.error).toBe('ok');
  });

  for (const c of routingCases) {
    it(c.name, () => {
      expect(validateSubmission(routingModule, c.answers)).toEqual([]);
      const route = routeSubmission(routingModule, c.answers);
      expect(route.office.id).toBe(c.officeId);
      expect(route.responsible.id).toBe(c.responsibleId);
      expect(route.ruleId).toBe(c.ruleId);
    });
  }

  it('every rule of the case module is chosen by some case', () => {
    const chosen = new Set(routingCases.map((c) => c.ruleId));
    for (const rule of routingModule.procedure.routing ?? []) expect(chosen).toContain(rule.id);
  });

  it('a module without routing goes to its own office, with no rule id', () => {
    const { routing: _, ...procedure } = routingModule.procedure;
    const route = routeSubmission({ ...routingModule, procedure }, { pericolo: true });
    expect(route).toEqual({ office: procedure.office, responsible: procedure.responsible });
  });

  it('returns the rule’s own office and official objects, names and IPA codes included', () => {
    const route = routeSubmission(routingModule, { comune: 'lugo', categoria: 'verde', pericolo: false });
    expect(route.office.ipa).toEqual({ ente: 'u_dm01', aoo: 'AOO_UDM', uo: 'UF0302' });
    expect(route.office.name).toEqual({ it: 'Ufficio tecnico di Lugo' });
  });
});
