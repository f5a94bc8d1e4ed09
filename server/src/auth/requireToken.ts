import type { Context, MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { ApiError } from '../errors';
import type { TokenPrincipal } from './identity';
import { sha256Hex } from './sessionCookie';

/** What an integration token may be allowed to do. */
export const TOKEN_SCOPES = ['pratiche:read', 'submissions:write', 'directory:read'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** The prefix of every token secret: recognisable in logs and by secret scanners. */
export const TOKEN_PREFIX = 'mdl_';

/** The bearer token of the request, if it carries one of ours. */
export const bearerOf = (c: Context) => {
  const m = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
  return m?.[1];
};

/**
 * The integration token of the request, checked: 401 `invalid_token` when missing, unknown or
 * revoked; 403 `forbidden` for another ente's path (nothing crosses entes); 403
 * `insufficient_scope` without `scope`. Records its last use. Sets `c.get('token')`.
 */
export async function tokenOf(
  c: Context<Env>,
  scope: TokenScope,
  enteParam = 'ente',
): Promise<TokenPrincipal> {
  const secret = bearerOf(c);
  const found = secret?.startsWith(TOKEN_PREFIX)
    ? await c.get('store').identity.findTokenBySecret(sha256Hex(secret))
    : undefined;
  if (!found || found.revokedAt)
    throw new ApiError(
      'invalid_token',
      'Token di integrazione mancante, sconosciuto o revocato.',
      'Missing, unknown or revoked integration token (Authorization: Bearer mdl_...).',
    );
  const ente = c.req.param(enteParam);
  if (ente !== undefined && ente !== found.enteId)
    throw new ApiError(
      'forbidden',
      'Il token non vale per questo ente.',
      `The token belongs to ${found.enteId}, not ${ente}.`,
    );
  if (!found.scopes.includes(scope))
    throw new ApiError(
      'insufficient_scope',
      'Il token non consente questa operazione.',
      `The token lacks scope ${scope} (has ${found.scopes.join(', ') || 'none'}).`,
    );
  await c.get('store').identity.touchToken(found.id, c.get('now'));
  const principal = { id: found.id, enteId: found.enteId, name: found.name, scopes: found.scopes };
  c.set('token', principal);
  return principal;
}

/** Middleware form of `tokenOf`. */
export function requireToken(scope: TokenScope, enteParam = 'ente'): MiddlewareHandler<Env> {
  return async (c, next) => {
    await tokenOf(c, scope, enteParam);
    await next();
  };
}
