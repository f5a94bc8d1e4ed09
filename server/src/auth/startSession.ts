import type { Context } from 'hono';
import type { Env } from '../env';
import { randomSecret, setSessionCookie, sha256Hex } from './sessionCookie';

/** How long sessions last: a citizen's visit, a staff member's working day. */
export const SESSION_TTL_SECONDS = { citizen: 2 * 3600, staff: 8 * 3600 } as const;

/**
 * Opens a session in the store (by the SHA-256 of a fresh random secret, with its own CSRF
 * token) and sets the cookie. Returns the CSRF token and the secret (handed to an embed on
 * another site, which cannot rely on the cookie: see `authRoutes`' callback).
 */
export async function startSession(
  c: Context<Env>,
  kind: 'citizen' | 'staff',
  subject: Record<string, unknown>,
): Promise<{ csrfToken: string; secret: string }> {
  const secret = randomSecret();
  const csrfToken = randomSecret();
  const ttl = SESSION_TTL_SECONDS[kind];
  const now = c.get('now');
  await c.get('store').identity.createSession({
    id: sha256Hex(secret),
    kind,
    subject,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttl * 1000).toISOString(),
  });
  setSessionCookie(c, secret, ttl);
  return { csrfToken, secret };
}
