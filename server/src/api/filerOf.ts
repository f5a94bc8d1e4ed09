import type { Context } from 'hono';
import type { Citizen, TokenPrincipal } from '../auth/identity';
import { citizenKey, tokenKey } from '../auth/identity';
import { citizenOf } from '../auth/requireCitizen';
import { bearerOf, tokenOf } from '../auth/requireToken';
import type { Env } from '../env';

/**
 * Who files: a citizen logged in with a session, or a back-office system with an integration
 * token of the ente that has scope `submissions:write` (it files on a citizen's behalf, as
 * `token:<id>`). A request with a bearer token is judged by the token alone.
 */
export type Filer =
  | { kind: 'citizen'; citizen: Citizen; submitter: string }
  | { kind: 'token'; token: TokenPrincipal; submitter: string };

/** The filer of the request, or the coded 401/403 of the session or token checks. */
export async function filerOf(c: Context<Env>): Promise<Filer> {
  if (bearerOf(c) !== undefined) {
    const token = await tokenOf(c, 'submissions:write');
    return { kind: 'token', token, submitter: tokenKey(token) };
  }
  const citizen = citizenOf(c);
  return { kind: 'citizen', citizen, submitter: citizenKey(citizen) };
}
