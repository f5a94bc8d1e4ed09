import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import type { Citizen, StaffPrincipal } from './identity';
import { readSessionCookie, SESSION_HEADER, sha256Hex } from './sessionCookie';

/** What a staff session stores: who, for which ente, how they logged in. Roles are read fresh. */
export interface StaffSubject {
  enteId: string;
  staffId: string;
  method: StaffPrincipal['method'];
}

/**
 * Reads the session cookie on every request and sets `citizen` or `staff` (and `session`): the
 * session row by the SHA-256 of the cookie (or, for a citizen only, of the `X-Modulo-Session` header,
 * how the embed on a Comune's site sends it: not `Authorization`, which is for integration tokens), a staff member's roles and offices fresh from the
 * ente's directory (someone removed from it is logged out at once). Refuses nothing: the
 * `require*` middlewares do.
 */
export function sessionMiddleware(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const cookie = readSessionCookie(c);
    const secret = cookie ?? c.req.header(SESSION_HEADER);
    if (secret) {
      const session = await c.get('store').identity.getSession(sha256Hex(secret), c.get('now'));
      if (session?.kind === 'citizen') {
        c.set('citizen', session.subject as unknown as Citizen);
        c.set('session', { id: session.id, csrfToken: session.csrfToken ?? '' });
      } else if (session?.kind === 'staff' && cookie) {
        // A staff session travels only in its cookie.
        const s = session.subject as unknown as StaffSubject;
        const member = (await c.get('store').entes.get(s.enteId))?.staff.find((m) => m.id === s.staffId);
        if (member) {
          c.set('staff', {
            enteId: s.enteId,
            id: member.id,
            name: member.name,
            roles: member.roles,
            offices: member.offices,
            method: s.method,
          });
          c.set('session', { id: session.id, csrfToken: session.csrfToken ?? '' });
        }
      }
    }
    await next();
  };
}
