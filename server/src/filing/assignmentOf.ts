import type { Route } from '@modulo/form-model';
import { localize } from '@modulo/form-model';
import type { Ente } from '../storage/EnteStore';
import type { Assignment } from '../storage/PraticaStore';
import { directoryId } from './directoryId';

/**
 * Who a pratica goes to, named as in the ente's directory (bound by id): the directory is the
 * truth for names and titles; the module's copy is the fallback for an unbound module.
 */
export function assignmentOf(route: Route, ente: Ente): Assignment {
  const officeId = route.office.id ?? directoryId(localize(route.office.name));
  const responsibleId = route.responsible.id ?? directoryId(route.responsible.name);
  const office = ente.offices.find((o) => o.id === officeId);
  const person = ente.staff.find((s) => s.id === responsibleId);
  return {
    officeId,
    officeName: office?.name ?? localize(route.office.name),
    responsibleId,
    responsibleName: person?.name ?? route.responsible.name,
    responsibleTitle: person?.title ?? localize(route.responsible.role),
    ...(route.ruleId === undefined ? {} : { ruleId: route.ruleId }),
  };
}
