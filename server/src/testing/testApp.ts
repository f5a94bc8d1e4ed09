import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app';
import type { CitizenIdentity, StaffIdentity } from '../env';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import type { SqliteStore } from '../storage/sqlite/openSqliteStore';

/** Who a test request comes from: what server-identity's session middleware would set. */
export interface TestIdentity {
  staff?: Omit<StaffIdentity, 'method'> & Partial<Pick<StaffIdentity, 'method'>>;
  citizen?: CitizenIdentity;
}

/**
 * The real app on a real SQLite file in a temporary folder, with a clock the test moves, and
 * requests sent as a given staff member or citizen (set on the context exactly where the
 * session middleware sets them). Send requests one at a time: the identity is per call.
 */
export function testApp(start = new Date('2026-12-02T10:00:00Z')) {
  const file = join(mkdtempSync(join(tmpdir(), 'modulo-test-')), 'modulo.sqlite');
  const store: SqliteStore = openSqliteStore(file);
  const clock = { now: start };
  let identity: TestIdentity = {};
  const app = createApp({
    store,
    now: () => clock.now,
    config: { publicUrl: 'https://modulo.example.it' },
    // In place of server-identity's session middleware, at the same point of the chain.
    authenticate: async (c, next) => {
      if (identity.staff) c.set('staff', { method: 'password', ...identity.staff });
      const citizen = identity.citizen;
      // A test citizen logged in at SPID level 2 unless it says otherwise.
      if (citizen)
        c.set('citizen', { issuer: 'test', sub: citizen.fiscalNumber, level: 'SpidL2', ...citizen });
      await next();
    },
  });
  return {
    store,
    file,
    clock,
    async request(path: string, init: RequestInit = {}, as: TestIdentity = {}): Promise<Response> {
      identity = as;
      try {
        return await app.request(path, init);
      } finally {
        identity = {};
      }
    },
    /** A JSON request: method, body as JSON. */
    json(method: string, path: string, body?: unknown, as: TestIdentity = {}): Promise<Response> {
      return this.request(
        path,
        {
          method,
          ...(body === undefined
            ? {}
            : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
        },
        as,
      );
    },
  };
}

/** A citizen logged in at SPID level 2 with this fiscal number (and any other claims). */
export function testCitizen(fiscalNumber: string, claims: Partial<CitizenIdentity> = {}): CitizenIdentity {
  return { issuer: 'https://idp.test', sub: fiscalNumber, level: 'SpidL2', fiscalNumber, ...claims };
}
