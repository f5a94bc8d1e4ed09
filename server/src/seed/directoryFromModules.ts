import type { Module, Office, Official } from '@modulo/form-model';
import { localize } from '@modulo/form-model';
import { directoryId } from '../filing/directoryId';
import type { DirectoryOffice, StaffMember } from '../storage/EnteStore';

/**
 * The offices and officials that a set of modules names (own office, routing offices,
 * responsabili, substitutes), as directory entries with the modules' ids, so each module can
 * be published by the ente that has them.
 */
export function directoryFromModules(modules: readonly Module[]): {
  offices: DirectoryOffice[];
  staff: StaffMember[];
} {
  const offices = new Map<string, DirectoryOffice>();
  const staff = new Map<string, StaffMember>();
  const addOffice = (o: Office): string => {
    const id = o.id ?? directoryId(localize(o.name));
    if (!offices.has(id))
      offices.set(id, {
        id,
        name: localize(o.name),
        ...(o.ipa?.uo ? { ipaUo: o.ipa.uo } : {}),
        ...(o.email ? { email: o.email } : {}),
        ...(o.pec ? { pec: o.pec } : {}),
        ...(o.phone ? { phone: o.phone } : {}),
        ...(o.address ? { address: o.address } : {}),
        ...(o.hours ? { hours: localize(o.hours) } : {}),
      });
    return id;
  };
  const addPerson = (p: Official, officeId: string | undefined, role: StaffMember['roles'][number]) => {
    const id = p.id ?? directoryId(p.name);
    const known = staff.get(id);
    if (known) {
      if (officeId && !known.offices.includes(officeId)) known.offices.push(officeId);
      if (!known.roles.includes(role)) known.roles.push(role);
      return;
    }
    staff.set(id, {
      id,
      name: p.name,
      title: localize(p.role),
      roles: [role],
      ...(p.email ? { email: p.email } : {}),
      ...(p.phone ? { phone: p.phone } : {}),
      offices: officeId ? [officeId] : [],
    });
  };
  for (const m of modules) {
    const own = addOffice(m.procedure.office);
    addPerson(m.procedure.responsible, own, 'responsible');
    for (const rule of m.procedure.routing ?? [])
      addPerson(rule.responsible, addOffice(rule.office), 'responsible');
    // The substitute (titolare del potere sostitutivo) answers for the ente, not for one office.
    addPerson(m.procedure.substitute, undefined, 'responsible');
  }
  return { offices: [...offices.values()], staff: [...staff.values()] };
}
