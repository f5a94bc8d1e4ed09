import type { Context, MiddlewareHandler } from 'hono';
import type { LoginLevel } from '@modulo/form-model';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { checkCsrf } from './checkCsrf';
import type { Citizen } from './identity';
import { levelSatisfies } from './spidLevel';

const LEVEL_NAMES: Record<LoginLevel, string> = {
  none: 'nessuno',
  SpidL1: 'SPID livello 1',
  SpidL2: 'SPID/CIE livello 2',
  SpidL3: 'SPID/CIE livello 3',
};

/**
 * The logged-in citizen, or a coded refusal: 401 `unauthenticated` without a session, 403
 * `login_level_too_low` when the login's level is below `level` (a module's `loginLevel`), 403
 * `csrf_failed` on a write without the session's CSRF token. For routes that learn the level
 * only after loading the module.
 */
export function citizenOf(c: Context<Env>, level: LoginLevel = 'SpidL1'): Citizen {
  const citizen = c.get('citizen');
  if (!citizen)
    throw new ApiError(
      'unauthenticated',
      'Per continuare accedi con SPID o CIE.',
      'Log in first: GET /auth/login?ente=...&returnTo=... (OIDC).',
      { details: { login: '/auth/login', level } },
    );
  if (!levelSatisfies(citizen.level, level))
    throw new ApiError(
      'login_level_too_low',
      `Questo servizio richiede l’accesso con ${LEVEL_NAMES[level]}: hai usato ${LEVEL_NAMES[citizen.level]}. Esci e accedi di nuovo.`,
      `This service needs login level ${level}; the session has ${citizen.level}.`,
      { details: { required: level, actual: citizen.level } },
    );
  checkCsrf(c);
  return citizen;
}

/** Middleware form of `citizenOf`: sets nothing new (the session middleware set `citizen`), refuses. */
export function requireCitizen(level: LoginLevel = 'SpidL1'): MiddlewareHandler<Env> {
  return async (c, next) => {
    citizenOf(c, level);
    await next();
  };
}
