import type { Context } from 'hono';
import { staffOf } from '../auth/requireStaff';
import type { StaffPrincipal } from '../auth/identity';
import type { Env } from '../env';
import { ApiError } from '../errors';
import type { InboxScope } from '../storage/BackofficeStore';
import type { StoredPratica } from '../storage/PraticaStore';

/** The staff member handling pratiche (operator, responsible or ente admin) and what they see. */
export function backofficeStaff(c: Context<Env>): { staff: StaffPrincipal; scope: InboxScope } {
  const staff = staffOf(c, {
    ente: (ctx) => ctx.get('staff')?.enteId ?? '',
    roles: ['operator', 'responsible'],
  });
  const scope: InboxScope = staff.roles.includes('admin')
    ? { all: true }
    : { all: false, offices: staff.offices, staffId: staff.id };
  return { staff, scope };
}

/** A pratica the staff member may handle, or the same 404 as for a code that does not exist. */
export async function visiblePratica(
  c: Context<Env>,
  code: string,
): Promise<{ staff: StaffPrincipal; pratica: StoredPratica }> {
  const { staff, scope } = backofficeStaff(c);
  const p = await c.get('store').pratiche.get(code);
  const mine =
    p !== undefined &&
    p.enteId === staff.enteId &&
    (scope.all ||
      (p.assignment.officeId !== undefined && scope.offices.includes(p.assignment.officeId)) ||
      p.assignment.responsibleId === staff.id);
  if (!mine)
    throw new ApiError('pratica_not_found', `Pratica ${code} non trovata.`, `Pratica ${code} not found.`);
  return { staff, pratica: p };
}
