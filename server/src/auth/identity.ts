import type { LoginLevel } from '@modulo/form-model';

/** A SPID/CIE assurance level (`acr`), without the `https://www.spid.gov.it/` prefix. */
export type SpidLevel = Exclude<LoginLevel, 'none'>;

/**
 * A citizen as the identity provider vouched for them: the SPID/CIE claims of DOMAIN.md, with
 * prefixes stripped (`TINIT-`, `VATIT-`). Stored as the subject of a citizen session.
 */
export interface Citizen {
  /** The provider's issuer and subject: who vouched, and for which account. */
  issuer: string;
  sub: string;
  /** The assurance level of this login (from `acr`). */
  level: SpidLevel;
  /** Codice fiscale, upper case, without `TINIT-`. */
  fiscalNumber: string;
  givenName?: string;
  familyName?: string;
  /** `YYYY-MM-DD`. */
  birthdate?: string;
  email?: string;
  phoneNumber?: string;
  /** The domicile as the provider formats it. */
  address?: string;
  companyName?: string;
  /** Partita IVA without `VATIT-`. */
  vatNumber?: string;
  /** Domicilio digitale (PEC), from `e_delivery_service`. */
  pec?: string;
}

/** A staff member of an ente, as a session or a middleware sees them: roles read fresh from the directory. */
export interface StaffPrincipal {
  /** The staff member's id in the ente's directory. */
  id: string;
  enteId: string;
  name: string;
  roles: string[];
  offices: string[];
  /** How they logged in. */
  method: 'oidc' | 'password';
}

/** An integration token of an ente, as `requireToken` sees it (never the secret). */
export interface TokenPrincipal {
  id: string;
  enteId: string;
  name: string;
  scopes: string[];
}

/** The `submitter` of a citizen's pratiche and drafts: "citizen:<CF>". */
export const citizenKey = (citizen: Pick<Citizen, 'fiscalNumber'>) => `citizen:${citizen.fiscalNumber}`;

/** The `submitter` of a pratica filed by an integration token: "token:<id>". */
export const tokenKey = (token: Pick<TokenPrincipal, 'id'>) => `token:${token.id}`;
