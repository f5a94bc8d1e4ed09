import type { Context } from 'hono';
import { staffOf } from '../auth/requireStaff';
import type { Env, StaffIdentity } from '../env';
import type { StaffRole } from '../storage/EnteStore';

/**
 * The staff member allowed to manage this ente's modules (server-identity's `staffOf`: a coded
 * 401 without a staff session, 403 for another ente or a missing role, 403 `csrf_failed` on a
 * write without the session's CSRF token). Designers and admins by default.
 */
export function requireStaff(
  c: Context<Env>,
  enteId: string,
  roles: StaffRole[] = ['admin', 'designer'],
): StaffIdentity {
  return staffOf(c, { ente: () => enteId, roles });
}
