/**
 * The module format, version 3 (see README.md and module.schema.json).
 *
 * A module is one JSON document per form and version. Its data part compiles to
 * standard JSON Schema 2020-12 (`compile`); the procedure and presentation data sit
 * beside it. Submission data is a flat object keyed by field id: steps are a
 * presentation grouping only, so a condition can look at any earlier answer.
 */

/** The current module format version written by `serialize` and produced by migrations. */
export const FORMAT_VERSION = 3 as const;

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

/**
 * IPA codes (Indice dei domicili digitali della PA) of the body that handles a procedure:
 * the ente, the AOO whose protocol register numbers its filings, the unità organizzativa.
 */
export interface IpaCodes {
  /** Codice IPA of the ente, e.g. "c_h199". */
  ente: string;
  /** Codice AOO of the protocol register, e.g. "AOO_RAV". */
  aoo: string;
  /** Codice univoco of the unità organizzativa, e.g. "UF1234". */
  uo?: string;
}

/** An office (ufficio / unità organizzativa) that owns a procedure. */
export interface Office extends Contact {
  /**
   * Stable id, the key an ente's directory binds at publish time (kebab-case).
   * The document stays self-contained: name, contacts and hours stay beside it.
   */
  id: string;
  /** IPA codes, needed by the protocol register. */
  ipa?: IpaCodes;
  /** What citizens read: localized. */
  name: LocalizedText;
  address?: string;
  /** Opening hours for citizens, free text. */
  hours?: LocalizedText;
}

/** A named official: the responsabile del procedimento or the titolare del potere sostitutivo. */
export interface Official extends Contact {
  /** Stable id of the person in the ente's directory (kebab-case). */
  id: string;
  name: string;
  /** The role citizens read ("Responsabile del servizio"): localized. */
  role: LocalizedText;
}

export interface AttachmentRequirement {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
  required: boolean;
}

/**
 * Format 3: one line of a fee computed from the answers: `cents` × the product of `factors`
 * (each a numeric answer, or the number of items of a list), included when `when` holds.
 * An empty `factors` is a fixed line. Data only, never code; see `computeFees`.
 */
export interface FeeLine {
  id: string;
  label: LocalizedText;
  /** Unit amount in euro cents (integer). */
  cents: number;
  factors?: FeeFactor[];
  when?: Condition;
}

/** A multiplier of a fee line: a numeric answer, or how many items a repeatable list holds. */
export type FeeFactor = { field: string } | { countOf: string };

export interface Fee {
  id: string;
  label: LocalizedText;
  /** Amount in euro cents; absent when it depends on the answers (format 3: `lines`). */
  amountCents?: number;
  /** Format 3: the amount is the sum of these lines (instead of `amountCents`). */
  lines?: FeeLine[];
  /** Format 3: bounds of a computed amount, in cents. */
  minCents?: number;
  maxCents?: number;
  /** Format 3: the fee applies only when this holds (e.g. stamp duty for some requests). */
  when?: Condition;
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
  /** How long the server keeps what citizens leave; absent: the defaults of `Retention`. */
  retention?: Retention;
  /**
   * Format 3: who gets a submission. Ordered rules, first match wins; no match: `office`
   * and `responsible` above. See `routeSubmission`.
   */
  routing?: RoutingRule[];
}

/** Retention of a procedure's personal data (GDPR art. 5 c. 1 e), run by the server's scheduler. */
export interface Retention {
  /** Years a draft is kept after its last save: at least 1 (the default, Designers Italia). */
  draftYears?: number;
  /** Years after a pratica ends before its personal data are anonymised; absent: kept. */
  anonymiseAfterYears?: number;
}

/** Format 3: route submissions whose answers satisfy `when` to an office and a responsible. */
export interface RoutingRule {
  id: string;
  when: Condition;
  office: Office;
  responsible: Official;
  /** What the rule means, for staff ("Comune di Bagnacavallo"). */
  label?: LocalizedText;
}

/**
 * Format 3: "this procedure is not for you". An answer that satisfies `when` ends the guided
 * path with an explanation and, optionally, a link elsewhere. Compiled so that any 2020-12
 * validator rejects a submission reaching an exit (code `ineligible`).
 */
export interface Exit {
  id: string;
  when: Condition;
  title: LocalizedText;
  message: LocalizedText;
  link?: { url: string; label: LocalizedText };
}

/**
 * Format 3: a date relative to the filing day or to another date answer.
 * `{ filingDay: true, offsetYears: -18 }` is "18 years before the day of filing".
 */
export type DateRef =
  | { filingDay: true; offsetDays?: number; offsetMonths?: number; offsetYears?: number }
  | { field: string; offsetDays?: number; offsetMonths?: number; offsetYears?: number };

/**
 * Format 3: a rule on a date answer that JSON Schema cannot carry (it depends on the day of
 * filing or on another answer): enforced by `validateSubmission(m, data, { today })`.
 */
export interface DateRule {
  op: 'notBefore' | 'notAfter';
  ref: DateRef;
  /** What the citizen reads when the rule fails; a default is built from the rule. */
  message?: LocalizedText;
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
  /** Format 3: required when this holds (on a field that is always shown). */
  requiredWhen?: Condition;
  /** Format 3: rules on a date answer relative to the filing day or another date. */
  dateRules?: DateRule[];
}

export interface Step {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Skip the whole step unless this holds (compiled onto each of its fields). */
  condition?: Condition;
  fields: Field[];
  /** Format 3: answers in this step that end the path ("not for you"). */
  exits?: Exit[];
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
  /** Format 3: exits that may trigger on any answer. */
  exits?: Exit[];
}

/** Expected failures are values. `E` is a union keyed by `code`. */
export type Result<T, E extends { code: string } = ModelError> =
  { ok: true; value: T } | { ok: false; error: E };

/**
 * Every expected failure of form-model, keyed by a stable English code: the one issue shape
 * (`{ code, params, path }`, see `ModelIssue`) with its Italian message from the catalogue.
 */
export interface ModelError {
  code: ModelErrorCode;
  /** Italian message for office staff: `formatError(error, 'it')`, from the catalogue. */
  message: string;
  /** JSON Pointer into the module of what the error is about ("" for the whole module). */
  path?: string;
  /** What the message says, as data, for `formatError` (the catalogue) in any language. */
  params?: Record<string, unknown>;
  /** The id of the field, step or exit the error is about, when there is one (the designer selects it). */
  id?: string;
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
  | 'unknown_exit'
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
  | 'condition_out_of_scope'
  /** A reference names a field of the wrong kind: a date rule a non-date, a fee's `countOf` a non-list. */
  | 'wrong_field_kind';

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = (
  code: ModelErrorCode,
  message: string,
  extra: Omit<ModelError, 'code' | 'message'> = {},
): { ok: false; error: ModelError } => ({ ok: false, error: { code, message, ...extra } });
