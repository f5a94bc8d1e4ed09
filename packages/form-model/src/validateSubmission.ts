import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { compile, schemaId } from './compile';
import type { FieldKindRegistry } from './kinds/FieldKind';
import { builtInRegistry } from './kinds/registry';
import { exitDefName } from './compileExits';
import { italianFormats } from './formats';
import { localize } from './localize';
import type { JsonSchema } from './jsonSchema';
import type { Exit, Module } from './types';
import { walkFields } from './walkFields';
import { explainError } from './explainError';
import { withMessages } from './messages/withMessages';
import type { ModelIssue } from './messages/ModelIssue';
import { checkDateRules, romeToday } from './checkDateRules';

/** One problem with a submission, addressed to the citizen and to integrators. */
export interface SubmissionError {
  /** JSON Pointer of the answer, e.g. "/richiedente/codiceFiscale". */
  path: string;
  /** Stable English code, e.g. "required", "invalid_format", "not_allowed". */
  code: string;
  /** Italian message for the citizen: `formatError(error, 'it')`. */
  message: string;
  /** English message for integrators: `formatError(error, 'en')`. */
  messageEn: string;
  /**
   * What the message says, as data: the answer's `field`, `kind` and `label` (a localized text),
   * the limit, format or pattern it broke; `{ exitId, stepId, title }` for `ineligible`.
   */
  params: Record<string, unknown>;
}

// ajv-formats ships CommonJS; under ESM interop the plugin may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** A 2020-12 validator that knows the standard and the Italian formats. */
export function createAjv(): Ajv2020 {
  // Ajv inlines `$ref`s without references of their own. A list's item schema is one only when no
  // field inside it reads another (no visibility `$ref`), so no evaluated-property state can leak
  // from one item to the next (kinds/repeatable.ts); inlining keeps compile and validation fast.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const [name, validate] of Object.entries(italianFormats))
    ajv.addFormat(name, { type: 'string', validate });
  return ajv;
}

/** One registry's validators: a schema means what its registry's kinds say. */
interface ValidatorCache {
  byModule: WeakMap<Module, ValidateFunction>;
  /** By schema id (module id + version): a module re-read from storage is a new object. */
  byId: Map<string, { fingerprint: string; validate: ValidateFunction }>;
  ajv?: Ajv2020;
}
const caches = new WeakMap<FieldKindRegistry, ValidatorCache>();
const BY_ID_LIMIT = 200;

/**
 * The compiled validator of a module: once per module object, and once per schema id as long as
 * the module's text is the same (a module re-read from storage skips compile and Ajv's compile; a
 * draft edited under the same version compiles again). The module's text fingerprints its schema
 * and costs a fraction of compiling it.
 */
export function moduleValidator(
  module: Module,
  registry: FieldKindRegistry = builtInRegistry,
): ValidateFunction {
  let cache = caches.get(registry);
  if (!cache) caches.set(registry, (cache = { byModule: new WeakMap(), byId: new Map() }));
  const { byModule, byId } = cache;
  let validate = byModule.get(module);
  if (validate) return validate;
  const id = schemaId(module);
  const fingerprint = JSON.stringify(module);
  const known = byId.get(id);
  if (known && known.fingerprint === fingerprint) validate = known.validate;
  else {
    const ajv = (cache.ajv ??= createAjv());
    // Every version has its own $id; drop a stale copy so a re-parsed module can compile again.
    ajv.removeSchema(id);
    validate = ajv.compile(compile(module, { registry }).schema);
    byId.delete(id);
    if (byId.size >= BY_ID_LIMIT) byId.delete(byId.keys().next().value!);
    byId.set(id, { fingerprint, validate });
  }
  byModule.set(module, validate);
  return validate;
}

/** What `validateSubmission` needs beyond the module and the answers. */
export interface ValidateOptions {
  /** The filing day, YYYY-MM-DD in Europe/Rome, for date rules; default today in Rome. */
  today?: string;
  /** The field kinds; default `builtInRegistry`. */
  registry?: FieldKindRegistry;
}

/**
 * Validates answers against a module; `[]` means valid. The compiled schema decides all but the
 * date rules (`field.dateRules`), which depend on the filing day or on another answer and are
 * checked here, on the answers the schema found well formed.
 */
export function validateSubmission(
  module: Module,
  data: unknown,
  options: ValidateOptions = {},
): SubmissionError[] {
  const validate = moduleValidator(module, options.registry);
  const valid = validate(data);
  const dates = checkDateRules(module, data, options.today ?? romeToday(), options.registry);
  if (valid) return dates;
  return mergeDateErrors(schemaErrors(module, validate, options.registry), dates);
}

/** Date-rule errors only where the schema found nothing wrong with the answer. */
function mergeDateErrors(errors: SubmissionError[], dates: SubmissionError[]): SubmissionError[] {
  const paths = new Set(errors.map((e) => e.path));
  return [...errors, ...dates.filter((d) => !paths.has(d.path))];
}

function schemaErrors(
  module: Module,
  validate: ValidateFunction,
  registry: FieldKindRegistry | undefined,
): SubmissionError[] {
  const fields = new Map(walkFields(module).map((l) => [l.field.id, l.field]));
  const exits = exitsBySchemaPath(module, validate.schema as JsonSchema);
  // A format error says more than the portable pattern beside it: let it win the dedupe.
  const errors = (validate.errors ?? []).filter(isReportable);
  errors.sort((a, b) => Number(b.keyword === 'format') - Number(a.keyword === 'format'));
  const explained = errors.map((e) => {
    const reached = e.keyword === 'not' ? exits.get(e.schemaPath) : undefined;
    return withMessages(
      reached ? ineligible(reached.exit, reached.stepId) : explainError(e, fields),
      registry,
    );
  });
  // The exit says why the procedure is not for this citizen: it comes first.
  explained.sort((a, b) => Number(b.code === 'ineligible') - Number(a.code === 'ineligible'));
  // A malformed answer (an e-mail of 3 characters) is also too short: the format says more.
  const malformed = new Set(explained.filter((e) => e.code === 'invalid_format').map((e) => e.path));
  return dedupe(explained.filter((e) => !(e.code === 'too_short' && malformed.has(e.path))));
}

/** Where each exit sits in the compiled schema: `#/allOf/<n>/not` of the root. */
function exitsBySchemaPath(module: Module, schema: JsonSchema): Map<string, { exit: Exit; stepId?: string }> {
  const byDef = new Map<string, { exit: Exit; stepId?: string }>();
  for (const exit of module.exits ?? []) byDef.set(`#/$defs/${exitDefName(exit.id)}`, { exit });
  for (const step of module.steps) {
    for (const exit of step.exits ?? [])
      byDef.set(`#/$defs/${exitDefName(exit.id, step.id)}`, { exit, stepId: step.id });
  }
  const out = new Map<string, { exit: Exit; stepId?: string }>();
  ((schema.allOf ?? []) as JsonSchema[]).forEach((entry, i) => {
    const ref = (entry.not as JsonSchema | undefined)?.$ref;
    const found = typeof ref === 'string' ? byDef.get(ref) : undefined;
    if (found) out.set(`#/allOf/${i}/not`, found);
  });
  return out;
}

/** The error of a submission that reaches an exit: the exit's own words, at the root. */
function ineligible(exit: Exit, stepId?: string): ModelIssue {
  return {
    path: '',
    code: 'ineligible',
    params: {
      exitId: exit.id,
      ...(stepId === undefined ? {} : { stepId }),
      title: localize(exit.title, 'it'),
      ...(exit.link ? { link: exit.link.url } : {}),
      exitTitle: exit.title,
      exitMessage: exit.message,
    },
  };
}

/** `if` only says that a `then` failed; the `then`'s own errors say what and where. */
function isReportable(error: ErrorObject): boolean {
  return error.keyword !== 'if';
}

function dedupe(errors: SubmissionError[]): SubmissionError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}|${e.code}|${String(e.params?.exitId ?? '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
