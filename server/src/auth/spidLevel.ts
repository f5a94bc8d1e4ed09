import type { LoginLevel } from '@modulo/form-model';
import type { SpidLevel } from './identity';

/** The `acr` URI prefix of SPID levels; CIE uses the same values through OIDC gateways. */
export const SPID_ACR_PREFIX = 'https://www.spid.gov.it/';

const RANK: Record<LoginLevel, number> = { none: 0, SpidL1: 1, SpidL2: 2, SpidL3: 3 };

/** The `acr` value asking for a level, e.g. "https://www.spid.gov.it/SpidL2". */
export const acrOf = (level: SpidLevel) => `${SPID_ACR_PREFIX}${level}`;

/** The level an `acr` claim states, or undefined when it is not a SPID level. */
export function levelFromAcr(acr: unknown): SpidLevel | undefined {
  if (typeof acr !== 'string' || !acr.startsWith(SPID_ACR_PREFIX)) return undefined;
  const level = acr.slice(SPID_ACR_PREFIX.length);
  return level === 'SpidL1' || level === 'SpidL2' || level === 'SpidL3' ? level : undefined;
}

/** Whether a login at `have` satisfies a module that asks for `need`. */
export const levelSatisfies = (have: LoginLevel, need: LoginLevel) => RANK[have] >= RANK[need];

/** Parses a `level` query parameter ("SpidL2" or "2"); undefined when absent or unknown. */
export function parseLevel(value: string | undefined): SpidLevel | undefined {
  if (value === undefined) return undefined;
  const v = /^[123]$/.test(value) ? `SpidL${value}` : value;
  return v === 'SpidL1' || v === 'SpidL2' || v === 'SpidL3' ? v : undefined;
}
