import type { Context } from 'hono';
import type { Env, StaffIdentity } from '../env';
import { ApiError } from '../errors';

/**
 * The staff member of the request (set by server-identity's session middleware), allowed to act
 * on this ente's modules: an admin or a designer of the same ente. Anyone else gets a coded 401
 * or 403; staff of another ente are refused like any stranger.
 */
export function requireStaff(
  c: Context<Env>,
  enteId: string,
  roles: readonly string[] = ['admin', 'designer'],
): StaffIdentity {
  const staff = c.var.staff;
  if (!staff) {
    throw new ApiError(
      'unauthenticated',
      'Accedi come personale dell’ente per continuare.',
      'Log in as staff of the ente to continue.',
    );
  }
  if (staff.enteId !== enteId || !staff.roles.some((r) => roles.includes(r))) {
    throw new ApiError(
      'forbidden',
      'Non hai i permessi per gestire i moduli di questo ente.',
      "You may not manage this ente's modules.",
    );
  }
  return staff;
}
