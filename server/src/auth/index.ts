export type { Citizen, SpidLevel, StaffPrincipal, TokenPrincipal } from './identity';
export { citizenKey, tokenKey } from './identity';
export { acrOf, levelFromAcr, levelSatisfies, parseLevel, SPID_ACR_PREFIX } from './spidLevel';
export { citizenFromClaims, EID, FISCAL_NUMBER_CLAIM } from './citizenFromClaims';
export type { ClaimsError } from './citizenFromClaims';
export { hashPassword, verifyPassword } from './password';
export { checkIdentityFields } from './checkIdentityFields';
export type { IdentityFieldError } from './checkIdentityFields';
