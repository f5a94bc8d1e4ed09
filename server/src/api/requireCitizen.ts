import type { Context } from 'hono';
import { citizenOf } from '../auth/requireCitizen';
import type { Citizen } from '../auth/identity';
import type { Env } from '../env';

/**
 * The logged-in citizen, or a coded 401 (403 `csrf_failed` on a cookie write without the CSRF
 * token). Routes that know the module check its level with `citizenOf(c, loginLevel)` too.
 */
export function requireCitizen(c: Context<Env>): Citizen {
  return citizenOf(c);
}
