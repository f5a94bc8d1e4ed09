import type { Store } from './storage/Store';

/** A citizen logged in with SPID/CIE (or the demo provider): the claims the server trusts. */
export interface CitizenIdentity {
  /** Codice fiscale without the `TINIT-` prefix. */
  fiscalNumber: string;
  givenName?: string;
  familyName?: string;
  birthdate?: string;
  email?: string;
  /** The authentication level, e.g. "https://www.spid.gov.it/SpidL2". */
  acr?: string;
  /** Any other mapped claim (companyName, vatNumber, pec...). */
  [claim: string]: unknown;
}

/** A staff member logged in for one ente. Filled by server-identity. */
export interface StaffIdentity {
  id: string;
  enteId: string;
  name: string;
  roles: string[];
  offices: string[];
}

/** Server settings, read once in `main.ts` (tests pass their own). */
export interface ServerConfig {
  /** The public base URL, for links in answers (receipts, verification). */
  publicUrl: string;
  /** Largest JSON body accepted, in bytes. */
  maxJsonBytes: number;
  /** Largest upload accepted, in bytes (a module field may set a lower limit). */
  maxUploadBytes: number;
  /** How long an unreferenced upload is kept, in seconds. */
  uploadTtlSeconds: number;
  /** Whether the demo identity provider and demo pages are on. */
  demo: boolean;
}

/** Defaults for development and tests. */
export const DEFAULT_CONFIG: ServerConfig = {
  publicUrl: 'http://localhost:3000',
  maxJsonBytes: 1024 * 1024,
  maxUploadBytes: 20 * 1024 * 1024,
  uploadTtlSeconds: 24 * 3600,
  demo: true,
};

/** The typed Hono environment every sub-app shares. */
export interface Env {
  Variables: {
    /** The request's clock: the same instant for the whole request. */
    now: Date;
    store: Store;
    config: ServerConfig;
    /** Set by server-identity's session middleware when a citizen is logged in. */
    citizen?: CitizenIdentity;
    /** Set by server-identity's session middleware when staff are logged in. */
    staff?: StaffIdentity;
  };
}
