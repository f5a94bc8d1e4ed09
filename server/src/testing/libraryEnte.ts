import { libraryModules } from '@modulo/form-library';
import { localize } from '@modulo/form-model';
import type { StaffIdentity } from '../env';
import type { Ente, StaffMember } from '../storage/EnteStore';

/**
 * An ente whose directory holds every office and official the form-library modules name (by
 * their format-3 ids), plus an admin, a designer and an operator: library templates bind to it
 * as they come. For tests of publishing and the catalogue.
 */
export function libraryEnte(id = 'valdemo', aoo = 'AOO_VDM'): Ente {
  const offices = new Map<string, Ente['offices'][number]>();
  const staff = new Map<string, StaffMember>();
  for (const m of libraryModules()) {
    const p = m.procedure;
    offices.set(p.office.id, {
      id: p.office.id,
      name: localize(p.office.name),
      ...(p.office.email ? { email: p.office.email } : {}),
      ...(p.office.phone ? { phone: p.office.phone } : {}),
      ...(p.office.pec ? { pec: p.office.pec } : {}),
      ...(p.office.address ? { address: p.office.address } : {}),
      ...(p.office.hours ? { hours: localize(p.office.hours) } : {}),
    });
    for (const [person, office] of [
      [p.responsible, p.office.id],
      [p.substitute, undefined],
    ] as const) {
      const known = staff.get(person.id);
      staff.set(person.id, {
        id: person.id,
        name: person.name,
        title: localize(person.role),
        roles: ['responsible'],
        ...(person.email ? { email: person.email } : {}),
        ...(person.phone ? { phone: person.phone } : {}),
        offices: [...new Set([...(known?.offices ?? []), ...(office ? [office] : [])])],
      });
    }
  }
  const people: StaffMember[] = [
    { id: 'ada-admin', name: 'Ada Amministratrice', title: 'Amministratrice', roles: ['admin'], offices: [] },
    {
      id: 'dino-designer',
      name: 'Dino Designer',
      title: 'Redattore dei moduli',
      roles: ['designer'],
      offices: [],
    },
    { id: 'otto-operatore', name: 'Otto Operatore', title: 'Istruttore', roles: ['operator'], offices: [] },
  ];
  return {
    id,
    kind: 'comune',
    name: `Comune di ${id[0]!.toUpperCase()}${id.slice(1)}`,
    ipaCode: `c_${id.slice(0, 4)}`,
    aoo: { code: aoo, name: 'Protocollo generale', register: 'Registro ufficiale di protocollo' },
    members: [],
    embedOrigins: [],
    offices: [...offices.values()],
    staff: [...staff.values(), ...people],
  };
}

/** The session identity of one of `libraryEnte`'s people. */
export function staffOf(ente: Ente, id: string): StaffIdentity {
  const s = ente.staff.find((p) => p.id === id);
  if (!s) throw new Error(`no staff ${id} in ${ente.id}`);
  return {
    staffId: s.id,
    enteId: ente.id,
    name: s.name,
    roles: s.roles,
    offices: s.offices,
    method: 'password',
  };
}
