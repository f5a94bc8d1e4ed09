import type { Context, MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { ApiError } from '../errors';
import type { StaffRole } from '../storage/EnteStore';
import { checkCsrf } from './checkCsrf';
import type { StaffPrincipal } from './identity';

/** What a staff route asks of the caller. */
export interface StaffRule {
  /** The ente of the request: a path parameter name (default "ente") or a function. */
  ente?: string | ((c: Context<Env>) => string);
  /** Any of these roles will do; an ente admin passes every role check. */
  roles?: StaffRole[];
  /** An office the caller must work for (an admin needs not). */
  office?: (c: Context<Env>) => string | undefined;
}

const refuse = (it: string, en: string) => new ApiError('forbidden', it, en);

/**
 * The logged-in staff member, allowed by `rule`, or a coded refusal: 401 without a staff session,
 * 403 `forbidden` for another ente (nothing crosses entes), a missing role or an office they do
 * not work for, 403 `csrf_failed` on a write without the CSRF token.
 */
export function staffOf(c: Context<Env>, rule: StaffRule = {}): StaffPrincipal {
  const staff = c.get('staff');
  if (!staff)
    throw new ApiError(
      'unauthenticated',
      'Accedi con il tuo account di servizio.',
      'Staff login required: GET /auth/login?kind=staff&ente=... or POST /auth/staff/password.',
    );
  const ente = typeof rule.ente === 'function' ? rule.ente(c) : c.req.param(rule.ente ?? 'ente');
  if (ente !== undefined && staff.enteId !== ente)
    throw refuse('Non hai accesso a questo ente.', `Staff of ${staff.enteId} have no access to ${ente}.`);
  const admin = staff.roles.includes('admin');
  if (rule.roles && !admin && !rule.roles.some((r) => staff.roles.includes(r)))
    throw refuse(
      'Il tuo ruolo non consente questa operazione.',
      `Needs one of the roles ${rule.roles.join(', ')}; you have ${staff.roles.join(', ') || 'none'}.`,
    );
  const office = rule.office?.(c);
  if (office !== undefined && !admin && !staff.offices.includes(office))
    throw refuse('Non lavori per l’ufficio di questa pratica.', `You do not work for office ${office}.`);
  checkCsrf(c);
  return staff;
}

/** Middleware form of `staffOf`. */
export function requireStaff(rule: StaffRule = {}): MiddlewareHandler<Env> {
  return async (c, next) => {
    staffOf(c, rule);
    await next();
  };
}
