import type { MiddlewareHandler } from 'hono';
import type { CitizenIdentity, Env } from '../env';

/** The header the test identity middleware reads: a JSON `CitizenIdentity`. Tests only. */
export const TEST_CITIZEN_HEADER = 'x-test-citizen';

/**
 * For tests and the load benchmark only, never in `main.ts`: takes the citizen from a header so
 * API tests need no login round trip. The real server gets identities from server-identity's
 * OIDC sessions.
 */
export const testAuthenticate: MiddlewareHandler<Env> = async (c, next) => {
  const raw = c.req.header(TEST_CITIZEN_HEADER);
  if (raw) {
    const claims = JSON.parse(raw) as CitizenIdentity;
    // A test citizen logged in at SPID level 2 unless the header says otherwise.
    c.set('citizen', { issuer: 'test', sub: claims.fiscalNumber, level: 'SpidL2', ...claims });
  }
  await next();
};

/** Headers that log a test citizen in. */
export function asCitizen(citizen: CitizenIdentity): Record<string, string> {
  return { [TEST_CITIZEN_HEADER]: JSON.stringify(citizen) };
}
