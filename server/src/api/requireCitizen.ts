import type { Context } from 'hono';
import type { CitizenIdentity, Env } from '../env';
import { ApiError } from '../errors';

/** The logged-in citizen (set by the identity middleware), or a coded 401. */
export function requireCitizen(c: Context<Env>): CitizenIdentity {
  const citizen = c.get('citizen');
  if (!citizen)
    throw new ApiError(
      'unauthenticated',
      'Per continuare accedi con SPID o CIE.',
      'Log in (SPID/CIE) to continue.',
    );
  return citizen;
}
