import type { Office, Official } from '@modulo/form-model';
import type { DirectoryOffice, DirectoryPerson } from '../api/DesignerApi';

/**
 * An office of the directory as module data, under its directory id (the server binds it at
 * publish); name, contacts and hours are copied so the document stays self-contained.
 */
export function officeFromDirectory(o: DirectoryOffice): Office {
  // Only the module format's keys: the server's directory also carries e.g. `ipaUo`, which
  // the format has no place for (the IPA codes are bound from the directory at publish).
  const contacts = (['email', 'pec', 'phone', 'address'] as const).flatMap((k) =>
    o[k] === undefined ? [] : [[k, o[k]] as const],
  );
  return {
    id: o.id,
    name: { it: o.name },
    ...Object.fromEntries(contacts),
    ...(o.hours ? { hours: { it: o.hours } } : {}),
  };
}

/** A person of the directory as module data (role as Italian text). */
export function officialFromDirectory(p: DirectoryPerson): Official {
  const contacts = (['email', 'pec', 'phone'] as const).flatMap((k) =>
    p[k] === undefined ? [] : [[k, p[k]] as const],
  );
  return { id: p.id, name: p.name, role: { it: p.role }, ...Object.fromEntries(contacts) };
}
