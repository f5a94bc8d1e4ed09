import { describe, expect, it } from 'vitest';
import { getLibraryModule } from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import type { DirectoryOf } from './bindToDirectory';
import { bindToDirectory } from './bindToDirectory';

const dir: DirectoryOf = {
  ipaCode: 'c_a547',
  aoo: { code: 'AOO_BAG' },
  offices: [
    {
      id: 'scuola',
      name: 'Ufficio Scuola',
      ipaUo: 'UF7788',
      email: 'scuola@comune.example.it',
      address: 'Piazza della Libertà 12',
      hours: 'lun-ven 9-12',
    },
    { id: 'tributi', name: 'Ufficio Tributi' },
  ],
  staff: [
    {
      id: 'lucia-berte',
      name: 'Lucia Bertè',
      title: 'Responsabile Servizi educativi',
      offices: ['scuola'],
      email: 'l@x.it',
    },
    { id: 'mario-neri', name: 'Mario Neri', title: 'Funzionario tributi', offices: ['tributi'] },
    { id: 'segretario', name: 'Giorgio Zaccà', title: 'Segretario generale', offices: [] },
  ],
};

const template = getLibraryModule('iscrizione-mensa-scolastica')!;
const withIds = (office: string, responsible: string, substitute: string): Module => ({
  ...template,
  procedure: {
    ...template.procedure,
    office: { ...template.procedure.office, id: office },
    responsible: { ...template.procedure.responsible, id: responsible },
    substitute: { ...template.procedure.substitute, id: substitute },
  },
});

describe('bindToDirectory', () => {
  it("copies the directory's names, contacts and IPA codes into the module", () => {
    const r = bindToDirectory(withIds('scuola', 'lucia-berte', 'segretario'), dir);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.module.procedure.office).toEqual({
      id: 'scuola',
      name: { it: 'Ufficio Scuola' },
      ipa: { ente: 'c_a547', aoo: 'AOO_BAG', uo: 'UF7788' },
      email: 'scuola@comune.example.it',
      address: 'Piazza della Libertà 12',
      hours: { it: 'lun-ven 9-12' },
    });
    expect(r.module.procedure.responsible).toEqual({
      id: 'lucia-berte',
      name: 'Lucia Bertè',
      role: { it: 'Responsabile Servizi educativi' },
      email: 'l@x.it',
    });
    expect(r.module.procedure.substitute.name).toBe('Giorgio Zaccà');
    expect(r.module.steps).toBe(template.steps);
  });

  it('keeps translations only while the Italian is the directory’s', () => {
    const m = withIds('scuola', 'lucia-berte', 'segretario');
    const translated: Module = {
      ...m,
      procedure: {
        ...m.procedure,
        office: { ...m.procedure.office, name: { it: 'Ufficio Scuola', en: 'School office' } },
        responsible: { ...m.procedure.responsible, role: { it: 'Vecchio ruolo', en: 'Old role' } },
      },
    };
    const r = bindToDirectory(translated, dir);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.module.procedure.office.name).toEqual({ it: 'Ufficio Scuola', en: 'School office' });
    expect(r.module.procedure.responsible.role).toEqual({ it: 'Responsabile Servizi educativi' });
  });

  it('refuses a template whose ids are not this ente’s, and empty ids', () => {
    const r = bindToDirectory(template, dir);
    expect(r.ok || r.problems.map((p) => [p.code, p.path])).toEqual([
      ['office_not_in_directory', '/procedure/office'],
      ['official_not_in_directory', '/procedure/responsible'],
      ['official_not_in_directory', '/procedure/substitute'],
    ]);
    const empty = bindToDirectory(withIds('', '', ''), dir);
    expect(empty.ok || empty.problems.map((p) => p.code)).toEqual([
      'office_unbound',
      'official_unbound',
      'official_unbound',
    ]);
    expect(empty.ok || empty.problems[0]!.message).toContain('rubrica');
  });

  it('refuses unknown ids and a responsible of another office, routing rules included', () => {
    const m = withIds('anagrafe', 'mario-neri', 'nessuno');
    const routed: Module = {
      ...withIds('scuola', 'mario-neri', 'segretario'),
      procedure: {
        ...withIds('scuola', 'mario-neri', 'segretario').procedure,
        routing: [
          {
            id: 'tributi',
            when: { field: 'x', op: 'answered' },
            office: { id: 'tributi', name: { it: 'T' } },
            responsible: { id: 'lucia-berte', name: 'L', role: { it: 'r' } },
          },
        ],
      },
    };
    const a = bindToDirectory(m, dir);
    const b = bindToDirectory(routed, dir);
    expect(a.ok || a.problems.map((p) => p.code)).toEqual([
      'office_not_in_directory',
      'official_not_in_directory',
    ]);
    expect(b.ok || b.problems.map((p) => [p.code, p.path])).toEqual([
      ['responsible_not_in_office', '/procedure/responsible'],
      ['responsible_not_in_office', '/procedure/routing/0/responsible'],
    ]);
  });
});
