import type { Context } from 'hono';
import { staffOf } from '../auth/requireStaff';
import type { Env, StaffIdentity } from '../env';
import type { StaffRole } from '../storage/EnteStore';

/**
 * The staff member of the request (set by the session middleware), allowed to act on this
 * ente's modules: by default an admin or a designer of the same ente. Delegates to auth's
 * `staffOf`: 401 without a staff session, 403 `forbidden` for another ente or role, 403
 * `csrf_failed` on a cookie write without the session's `X-CSRF-Token`.
 */
export function requireStaff(
  c: Context<Env>,
  enteId: string,
  roles: readonly StaffRole[] = ['admin', 'designer'],
): StaffIdentity {
  return staffOf(c, { ente: () => enteId, roles: [...roles] });
}
