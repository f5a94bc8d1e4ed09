import type { Field, Module, PrefillSource } from '@modulo/form-model';
import type { Citizen } from './identity';

/** A refused identity field: the shape of form-model's `SubmissionError`. */
export interface IdentityFieldError {
  code: 'identity_mismatch';
  /** JSON Pointer of the answer, e.g. "/codiceFiscale" or "/impresa/partitaIva". */
  path: string;
  /** Which claim it had to equal. */
  claim: PrefillSource;
  message: string;
  messageEn: string;
}

const spaces = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');
const folded = (s: string) => spaces(s).toLocaleUpperCase('it');
const compact = (s: string) => s.replace(/[\s.\-/]/g, '').toUpperCase();

/**
 * How each claim is compared: what a person may not change, not how it is typed. Case and
 * spacing of names are the renderer's business; the letters are the identity's.
 */
const NORMALISE: Record<PrefillSource, ((s: string) => string) | undefined> = {
  fiscalNumber: compact,
  vatNumber: (s) => compact(s).replace(/^IT/, ''),
  givenName: folded,
  familyName: folded,
  fullName: folded,
  companyName: folded,
  birthdate: (s) => s.trim(),
  email: (s) => s.trim().toLowerCase(),
  pec: (s) => s.trim().toLowerCase(),
  phoneNumber: (s) => s.replace(/[\s\-()]/g, ''),
  // The claim is one formatted string, the answer a structured address: not comparable, so an
  // address stays editable even when prefilled.
  address: undefined,
};

function claimOf(citizen: Partial<Citizen>, source: PrefillSource): string | undefined {
  if (source === 'fullName') {
    const name = [citizen.givenName, citizen.familyName].filter(Boolean).join(' ');
    return name || undefined;
  }
  return citizen[source];
}

/** Fields to check and where their answers sit; a repeatable's items are not one person's identity. */
function* lockedFields(fields: Field[], base: string[]): Generator<{ field: Field; path: string[] }> {
  for (const field of fields) {
    if (field.kind === 'group' && field.fields) yield* lockedFields(field.fields, [...base, field.id]);
    else if (field.prefill && field.readOnlyWhenPrefilled) yield { field, path: [...base, field.id] };
  }
}

// Modules are immutable data (every edit returns a new one): their locked fields, walked once.
const locked = new WeakMap<Module, { field: Field; path: string[] }[]>();
function lockedFieldsOf(module: Module): { field: Field; path: string[] }[] {
  let list = locked.get(module);
  if (!list) {
    list = module.steps.flatMap((step) => [...lockedFields(step.fields, [])]);
    locked.set(module, list);
  }
  return list;
}

function answerAt(answers: unknown, path: string[]): unknown {
  let at: unknown = answers;
  for (const key of path) {
    if (!at || typeof at !== 'object' || Array.isArray(at)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * Identity is the server's, not the client's: every answer to a field prefilled read-only from
 * SPID/CIE (`prefill` + `readOnlyWhenPrefilled`) must equal the logged-in citizen's claim, or the
 * filing is refused with `identity_mismatch` at the answer's path. Unanswered fields and claims
 * the provider did not send are left to schema validation (the renderer then lets the citizen type).
 * With no citizen (a module without login) there is nothing to compare.
 */
export function checkIdentityFields(
  module: Module,
  answers: unknown,
  citizen: Partial<Citizen> | undefined,
): IdentityFieldError[] {
  if (!citizen) return [];
  const errors: IdentityFieldError[] = [];
  for (const { field, path } of lockedFieldsOf(module)) {
    const source = field.prefill!;
    const normalise = NORMALISE[source];
    const claim = claimOf(citizen, source);
    const answer = answerAt(answers, path);
    if (!normalise || claim === undefined || answer === undefined) continue;
    if (typeof answer === 'string' && normalise(answer) === normalise(claim)) continue;
    const label = field.label.it;
    errors.push({
      code: 'identity_mismatch',
      path: '/' + path.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/'),
      claim: source,
      message: `«${label}» deve coincidere con il dato della tua identità digitale (SPID/CIE).`,
      messageEn: `"${field.label.en ?? label}" must equal the logged-in identity's ${source} claim.`,
    });
  }
  return errors;
}
