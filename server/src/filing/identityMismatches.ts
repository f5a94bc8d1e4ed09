import type { Field, Module, PrefillSource } from '@modulo/form-model';
import type { CitizenIdentity } from '../env';

/** The identity claim a prefill source reads; only claims an identity provider vouches for. */
function claimOf(identity: CitizenIdentity, source: PrefillSource): unknown {
  switch (source) {
    case 'fiscalNumber':
      return identity.fiscalNumber;
    case 'givenName':
      return identity.givenName;
    case 'familyName':
      return identity.familyName;
    case 'birthdate':
      return identity.birthdate;
    case 'fullName':
      return identity.givenName && identity.familyName
        ? `${identity.givenName} ${identity.familyName}`
        : undefined;
    default:
      return identity[source];
  }
}

/** One answer that differs from the logged-in identity. */
export interface IdentityMismatch {
  path: string;
  source: PrefillSource;
}

/**
 * The read-only prefilled answers (fiscal code, names, birth date...) that differ from the
 * identity's claims: a citizen cannot file in someone else's name by editing the request.
 * Claims the identity does not carry are not checked. Top level and groups.
 */
export function identityMismatches(
  module: Module,
  answers: Record<string, unknown>,
  identity: CitizenIdentity,
): IdentityMismatch[] {
  const out: IdentityMismatch[] = [];
  const walk = (fields: Field[], values: Record<string, unknown>, path: string) => {
    for (const f of fields) {
      if (f.kind === 'group' && f.fields) {
        const v = values[f.id];
        if (v !== null && typeof v === 'object' && !Array.isArray(v))
          walk(f.fields, v as Record<string, unknown>, `${path}/${f.id}`);
        continue;
      }
      if (!f.prefill || !f.readOnlyWhenPrefilled) continue;
      const claim = claimOf(identity, f.prefill);
      if (claim === undefined || claim === null || claim === '') continue;
      const answer = values[f.id];
      const same =
        typeof claim === 'string' && typeof answer === 'string'
          ? claim.trim().toUpperCase() === answer.trim().toUpperCase()
          : claim === answer;
      if (!same) out.push({ path: `${path}/${f.id}`, source: f.prefill });
    }
  };
  module.steps.forEach((s) => walk(s.fields, answers, ''));
  return out;
}
