/**
 * The module format, version 2 (see README.md and module.schema.json).
 *
 * A module is one JSON document per form and version. Its data part compiles to
 * standard JSON Schema 2020-12 (`compile`); the procedure and presentation data sit
 * beside it. Submission data is a flat object keyed by field id: steps are a
 * presentation grouping only, so a condition can look at any earlier answer.
 */

/** The current module format version written by `serialize` and produced by migrations. */
export const FORMAT_VERSION = 2 as const;

/** Text in Italian, optionally in other languages (ISO 639-1 keys: en, de, fr, sl...). */
export interface LocalizedText {
  it: string;
  [lang: string]: string;
}

export type LoginLevel = 'none' | 'SpidL1' | 'SpidL2' | 'SpidL3';

export interface Contact {
  email?: string;
  pec?: string;
  phone?: string;
}

/** An office (ufficio / unità organizzativa) that owns a procedure. */
export interface Office extends Contact {
  name: string;
  address?: string;
  /** Opening hours for citizens, free text. */
  hours?: string;
}

/** A named official: the responsabile del procedimento or the titolare del potere sostitutivo. */
export interface Official extends Contact {
  name: string;
  role: string;
}

export interface AttachmentRequirement {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
  required: boolean;
}

export interface Fee {
  id: string;
  label: LocalizedText;
  /** Amount in euro cents; absent when it depends on the answers (see description). */
  amountCents?: number;
  description?: LocalizedText;
  /** pagoPA payment, or a marca da bollo (digital stamp). */
  method: 'pagopa' | 'bollo';
}

/** Titolario classification: titolo and classe (e.g. "VI" / "5"). */
export interface Classification {
  titolo: string;
  classe: string;
  description?: string;
}

/** The procedure data of D.Lgs 33/2013 art. 35 that every module publishes. */
export interface Procedure {
  description: LocalizedText;
  /** Legal references, e.g. "L. 241/1990, art. 22". */
  legalBasis: string[];
  office: Office;
  responsible: Official;
  substitute: Official;
  /** Days to conclude (L. 241/1990 art. 2): 30 when the procedure sets none. */
  termDays: number;
  silenzioAssenso: boolean;
  /** Whether the filing is a self-declaration (DPR 445/2000 art. 46-47). */
  selfDeclaration: boolean;
  attachments: AttachmentRequirement[];
  fees: Fee[];
  remedies: LocalizedText;
  classification: Classification;
  loginLevel: LoginLevel;
  /** How the citizen learns the state of the application, if not only online. */
  statusInfo?: LocalizedText;
}

/** A value a condition compares with: what a field of the compared kind can hold. */
export type ConditionValue = string | number | boolean;

/**
 * A visibility condition on earlier answers. `field` is the id of a top-level field
 * (or of a sibling in the same group). Compiles to JSON Schema `if`.
 */
export type Condition =
  | { field: string; op: 'equals' | 'notEquals'; value: ConditionValue }
  | { field: string; op: 'in'; values: ConditionValue[] }
  | { field: string; op: 'includes'; value: ConditionValue }
  | { field: string; op: 'gt' | 'gte' | 'lt' | 'lte'; value: number }
  | { field: string; op: 'answered' }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Where a field's initial value comes from in the citizen's SPID/CIE identity. */
export type PrefillSource =
  | 'fiscalNumber'
  | 'givenName'
  | 'familyName'
  | 'fullName'
  | 'birthdate'
  | 'email'
  | 'phoneNumber'
  | 'address'
  | 'pec'
  | 'companyName'
  | 'vatNumber';

export interface ChoiceOption {
  value: string;
  label: LocalizedText;
}

/**
 * One field. `kind` names an entry of the field-kind registry; `props` holds the
 * kind's own settings (options, min/max, accepted file types...), whose defaults
 * come from the kind. `fields` is used by the `group` and `repeatable` kinds only.
 */
export interface Field {
  id: string;
  kind: string;
  label: LocalizedText;
  help?: LocalizedText;
  required?: boolean;
  condition?: Condition;
  prefill?: PrefillSource;
  /** A prefilled value the citizen may not change (identity data from SPID). */
  readOnlyWhenPrefilled?: boolean;
  props?: Record<string, unknown>;
  fields?: Field[];
}

export interface Step {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Skip the whole step unless this holds (compiled onto each of its fields). */
  condition?: Condition;
  fields: Field[];
}

export interface Module {
  formatVersion: typeof FORMAT_VERSION;
  /** kebab-case, stable across versions, e.g. "accesso-atti". */
  id: string;
  /** Semantic version, e.g. "1.2.0". */
  version: string;
  title: LocalizedText;
  description?: LocalizedText;
  procedure: Procedure;
  steps: Step[];
}

/** Expected failures are values. `E` is a union keyed by `code`. */
export type Result<T, E extends { code: string } = ModelError> =
  { ok: true; value: T } | { ok: false; error: E };

/** Every expected failure of form-model, keyed by a stable English code. */
export interface ModelError {
  code: ModelErrorCode;
  /** Italian message for office staff. */
  message: string;
  /** JSON path or field id the error is about, when there is one. */
  path?: string;
  /** More detail, e.g. each schema error of a failed parse. */
  details?: { path: string; message: string }[];
}

export type ModelErrorCode =
  | 'invalid_module'
  | 'invalid_json'
  | 'unsupported_format_version'
  | 'unknown_kind'
  | 'unknown_field'
  | 'unknown_step'
  | 'duplicate_id'
  | 'invalid_id'
  | 'field_in_use'
  | 'condition_on_later_field'
  | 'condition_cycle'
  | 'index_out_of_range'
  | 'invalid_property'
  | 'last_step'
  | 'not_a_container'
  | 'move_into_itself'
  | 'condition_out_of_scope';

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = (
  code: ModelErrorCode,
  message: string,
  extra: Omit<ModelError, 'code' | 'message'> = {},
): { ok: false; error: ModelError } => ({ ok: false, error: { code, message, ...extra } });
