import type { Context } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import type { Env } from '../env';
import { ApiError } from '../errors';

/** The header a cookie-authenticated write must carry: the session's token, from `GET /api/me`. */
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for cookie sessions (synchronizer token): an unsafe method must send the
 * session's CSRF token in `X-CSRF-Token`. Another site can make the browser send the cookie, not
 * read the token nor set a custom header without a CORS preflight we refuse. Requests with an
 * integration token carry no cookie session and skip this.
 */
export function checkCsrf(c: Context<Env>) {
  const session = c.get('session');
  if (!session || SAFE.has(c.req.method)) return;
  const sent = Buffer.from(c.req.header(CSRF_HEADER) ?? '');
  const expected = Buffer.from(session.csrfToken);
  if (expected.length === 0 || sent.length !== expected.length || !timingSafeEqual(sent, expected))
    throw new ApiError(
      'csrf_failed',
      'Richiesta non valida: ricarica la pagina e riprova.',
      `A write with a session cookie needs the session's CSRF token in the ${CSRF_HEADER} header (GET /api/me).`,
    );
}
