import type { Citizen } from './identity';
import { levelFromAcr } from './spidLevel';

/** The claim names of the Italian eID attribute set (SPID/CIE over OIDC). */
export const EID = 'https://attributes.eid.gov.it/';
export const FISCAL_NUMBER_CLAIM = `${EID}fiscal_number`;

/** Why a set of claims cannot become a citizen. */
export type ClaimsError =
  | { code: 'missing_fiscal_number'; message: string; messageEn: string }
  | { code: 'unknown_level'; message: string; messageEn: string };

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

const stripPrefix = (v: string | undefined, prefix: string) =>
  v === undefined ? undefined : v.toUpperCase().startsWith(prefix) ? v.slice(prefix.length) : v;

/** An OIDC `address` claim is an object (`formatted`, `street_address`...) or, from some gateways, a string. */
function addressOf(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (!v || typeof v !== 'object') return undefined;
  const a = v as Record<string, unknown>;
  const parts = [a.street_address, a.postal_code, a.locality, a.region].map(str).filter(Boolean);
  return str(a.formatted) ?? str(parts.join(', '));
}

/** Takes a claim by its full eID URI, or by the short name some gateways use. */
const eid = (claims: Record<string, unknown>, name: string) => str(claims[`${EID}${name}`] ?? claims[name]);

/**
 * Maps the claims of an ID token and userinfo (merged) to a citizen: strips `TINIT-` from the
 * fiscal number and `VATIT-` from the VAT number, takes the PEC from `e_delivery_service` and the
 * level from `acr`. A login without a fiscal number or a SPID level is refused: every pratica is
 * filed under a fiscal number.
 */
export function citizenFromClaims(
  issuer: string,
  claims: Record<string, unknown>,
): { ok: true; citizen: Citizen } | { ok: false; error: ClaimsError } {
  const fiscal = stripPrefix(eid(claims, 'fiscal_number'), 'TINIT-')?.toUpperCase();
  if (!fiscal)
    return {
      ok: false,
      error: {
        code: 'missing_fiscal_number',
        message: 'Il gestore dell’identità non ha comunicato il codice fiscale.',
        messageEn: 'The identity provider sent no fiscal number claim.',
      },
    };
  const level = levelFromAcr(claims.acr);
  if (!level)
    return {
      ok: false,
      error: {
        code: 'unknown_level',
        message: 'Il gestore dell’identità non ha indicato un livello SPID valido.',
        messageEn: `The identity provider sent no SPID level (acr: ${String(claims.acr)}).`,
      },
    };
  const citizen: Citizen = { issuer, sub: String(claims.sub), level, fiscalNumber: fiscal };
  const optional: [keyof Citizen, string | undefined][] = [
    ['givenName', str(claims.given_name)],
    ['familyName', str(claims.family_name)],
    ['birthdate', str(claims.birthdate)],
    ['email', str(claims.email)],
    ['phoneNumber', str(claims.phone_number)],
    ['address', addressOf(claims.address)],
    ['companyName', eid(claims, 'company_name')],
    ['vatNumber', stripPrefix(eid(claims, 'vat_number'), 'VATIT-')],
    ['pec', eid(claims, 'e_delivery_service')],
  ];
  for (const [key, value] of optional) if (value !== undefined) Object.assign(citizen, { [key]: value });
  return { ok: true, citizen };
}
