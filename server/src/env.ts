import type { Citizen, StaffPrincipal, TokenPrincipal } from './auth/identity';
import { HANDOVER_TTL_SECONDS } from './auth/sessionHandover';
import type { Store } from './storage/Store';

/**
 * The identity filing needs: at least the fiscal number. A logged-in `Citizen` is one; the demo
 * seed files with only names and fiscal number.
 */
export type CitizenIdentity = Pick<Citizen, 'fiscalNumber'> & Partial<Citizen>;

/** A staff member logged in for one ente (roles and offices read fresh from the directory). */
export type StaffIdentity = StaffPrincipal;

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
  /** How long the login's one-time code for an embed on a Comune's site lasts, in seconds. */
  handoverTtlSeconds: number;
}

/** Defaults for development and tests. */
export const DEFAULT_CONFIG: ServerConfig = {
  publicUrl: 'http://localhost:3000',
  maxJsonBytes: 1024 * 1024,
  maxUploadBytes: 20 * 1024 * 1024,
  uploadTtlSeconds: 24 * 3600,
  demo: true,
  handoverTtlSeconds: HANDOVER_TTL_SECONDS,
};

/** The typed Hono environment every sub-app shares. */
export interface Env {
  Variables: {
    /** The request's clock: the same instant for the whole request. */
    now: Date;
    store: Store;
    config: ServerConfig;
    /** Set by the session middleware (auth/) when a citizen is logged in. */
    citizen?: Citizen;
    /** Set by the session middleware (auth/) when staff are logged in: roles read fresh from the directory. */
    staff?: StaffPrincipal;
    /** Set by `requireToken` for a request with a valid integration token. */
    token?: TokenPrincipal;
    /** The cookie session behind `citizen` or `staff` (absent for tokens): its CSRF token. */
    session?: { id: string; csrfToken: string };
  };
}
