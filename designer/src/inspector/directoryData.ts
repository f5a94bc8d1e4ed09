import type { Office, Official } from '@modulo/form-model';
import type { DirectoryOffice, DirectoryPerson } from '../api/DesignerApi';

/**
 * An office of the directory as module data, under its directory id (the server binds it at
 * publish); name, contacts and hours are copied so the document stays self-contained.
 */
export function officeFromDirectory(o: DirectoryOffice): Office {
  const { name, hours, ...rest } = o;
  return { ...rest, name: { it: name }, ...(hours ? { hours: { it: hours } } : {}) };
}

/** A person of the directory as module data (role as Italian text). */
export function officialFromDirectory(p: DirectoryPerson): Official {
  const { officeId: _office, role, ...rest } = p;
  return { ...rest, role: { it: role } };
}
