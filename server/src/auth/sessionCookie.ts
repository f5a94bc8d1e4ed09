import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The session cookie: an opaque random value; the store keeps only its SHA-256. */
export const SESSION_COOKIE = 'modulo_session';

/**
 * The same secret as a header, for a citizen's embed on a Comune's site: there the cookie is a
 * third-party one, which browsers block (see the login callback in `authRoutes`).
 */
export const SESSION_HEADER = 'X-Modulo-Session';

/** 32 random bytes, base64url: session secrets, CSRF tokens, token secrets. */
export const randomSecret = () => randomBytes(32).toString('base64url');

/** SHA-256 in hex: how secrets are kept at rest. */
export const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex');

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Cookies are `Secure` everywhere but on a developer's own machine (plain http on loopback). */
export const isLocalhost = (c: Context) => LOOPBACK.has(new URL(c.req.url).hostname);

/** Sets the session cookie: `HttpOnly`, `SameSite=Lax` (the OIDC callback is a top-level GET), `Secure` outside localhost. */
export function setSessionCookie(c: Context, secret: string, maxAgeSeconds: number) {
  setCookie(c, SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: !isLocalhost(c),
    maxAge: maxAgeSeconds,
  });
}

export const readSessionCookie = (c: Context) => getCookie(c, SESSION_COOKIE);

export const clearSessionCookie = (c: Context) =>
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: !isLocalhost(c) });
