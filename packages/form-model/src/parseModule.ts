import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { conditionProblems } from './lint/conditionProblems';
import type { FieldKindRegistry } from './kinds/FieldKind';
import { builtInRegistry } from './kinds/registry';
import { migrate } from './migrate';
import metaSchema from './module.schema.json';
import type { Module, ModelError, Result } from './types';
import { FORMAT_VERSION, ok } from './types';
import { modelError } from './messages/modelError';
import { createAjv } from './validateSubmission';
import { placeFields } from './references';
import { checkFieldProps } from './props/checkFieldProps';

let validateMeta: ValidateFunction | undefined;

/**
 * The only way into the model: checks an unknown value (a parsed JSON document, or its text) against the
 * module meta-schema, migrates older format versions, and checks what a schema cannot:
 * known field kinds, unique ids, each field's props against its kind's `propsSchema` (kinds
 * registered later included) and the relations between them, and every reference to answers
 * (conditions, requiredWhen, date rules, routing rules, exits, fees): it must name an existing
 * field in scope, earlier, of the right kind (see `conditionProblems`). Errors carry a JSON
 * Pointer `path`, e.g. "/steps/1/fields/0/condition".
 */
export function parseModule(input: unknown, options: ParseOptions = {}): Result<Module> {
  const registry = options.registry ?? builtInRegistry;
  if (typeof input === 'string') {
    // The saved text itself (what `serialize` writes) is accepted too.
    let json: unknown;
    try {
      json = JSON.parse(input);
    } catch (e) {
      return { ok: false, error: modelError('invalid_json', { detail: (e as Error).message }, '') };
    }
    return parseValue(json, registry);
  }
  return parseValue(input, registry);
}

/** What `parseModule` needs beyond the document. */
export interface ParseOptions {
  /** The field kinds a module may use; default `builtInRegistry`. */
  registry?: FieldKindRegistry;
}

function parseValue(input: unknown, registry: FieldKindRegistry): Result<Module> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: modelError('invalid_module', { at: '/', detail: 'must be object' }, '') };
  }
  const migrated = migrate(input as Record<string, unknown>);
  if (!migrated.ok) {
    const params = { version: migrated.version, supported: FORMAT_VERSION };
    return { ok: false, error: modelError('unsupported_format_version', params, '/formatVersion') };
  }
  validateMeta ??= createAjv().compile(metaSchema);
  let invalid: ModelError | undefined;
  if (!validateMeta(migrated.doc)) {
    const errors = (validateMeta.errors ?? []).filter(isReported);
    const details = metaErrors(errors);
    const first = details[0] ?? { path: '/', message: 'invalid' };
    invalid = modelError('invalid_module', { at: first.path, detail: first.message }, pointerOf(first.path), {
      details,
    });
    // Errors only in props are said better below, field by field with the kind's own words.
    if (!errors.every(isPropsError)) return { ok: false, error: invalid };
  }
  const module = migrated.doc as unknown as Module;
  const problem = checkReferences(module, registry) ?? invalid;
  return problem ? { ok: false, error: problem } : ok(module);
}

function checkReferences(module: Module, registry: FieldKindRegistry): ModelError | undefined {
  const seen = new Set<string>();
  for (const [i, step] of module.steps.entries()) {
    if (seen.has(step.id)) return dup(step.id, `/steps/${i}/id`);
    seen.add(step.id);
  }
  const placed = placeFields(module);
  for (const { field, pointer } of placed) {
    if (seen.has(field.id)) return dup(field.id, `${pointer}/id`);
    seen.add(field.id);
    const kind = registry.get(field.kind);
    if (!kind) {
      return modelError('unknown_kind', { id: field.id, fieldKind: field.kind }, `${pointer}/kind`, {
        id: field.id,
      });
    }
    const props = checkFieldProps(module, field, kind);
    if (props) return props;
  }
  const duplicate = duplicateRuleId(module);
  if (duplicate) return duplicate;
  const problem = conditionProblems(module, registry)[0];
  if (problem) return modelError(problem.code, problem.params, problem.pointer, { id: problem.owner });
  return undefined;
}

/** Routing rules, exits, fees and each fee's lines are named by ids that quotes and receipts show. */
function duplicateRuleId(module: Module): ModelError | undefined {
  const lists: { ids: string[]; base: string }[] = [
    { ids: (module.procedure.routing ?? []).map((r) => r.id), base: '/procedure/routing' },
    { ids: module.procedure.fees.map((f) => f.id), base: '/procedure/fees' },
    ...module.procedure.fees.map((f, i) => ({
      ids: (f.lines ?? []).map((l) => l.id),
      base: `/procedure/fees/${i}/lines`,
    })),
  ];
  // Exits share one namespace: `ineligible` errors and the renderer name them by id.
  const exits = new Set<string>();
  const exitPlaces = [
    ...(module.exits ?? []).map((e, i) => ({ id: e.id, path: `/exits/${i}/id` })),
    ...module.steps.flatMap((s, si) =>
      (s.exits ?? []).map((e, i) => ({ id: e.id, path: `/steps/${si}/exits/${i}/id` })),
    ),
  ];
  for (const { id, path } of exitPlaces) {
    if (exits.has(id)) return dup(id, path);
    exits.add(id);
  }
  for (const { ids, base } of lists) {
    const seen = new Set<string>();
    for (const [i, id] of ids.entries()) {
      if (seen.has(id)) return dup(id, `${base}/${i}/id`);
      seen.add(id);
    }
  }
  return undefined;
}

const dup = (id: string, path: string): ModelError => modelError('duplicate_id', { id }, path, { id });

/** Ajv's instance path as a JSON Pointer: "/" (its root as `metaErrors` writes it) is "". */
const pointerOf = (at: string) => (at === '/' ? '' : at);

// oneOf over condition shapes reports every branch; the deepest errors are the useful ones.
const isReported = (e: ErrorObject) => e.keyword !== 'oneOf' && e.keyword !== 'if';

function metaErrors(errors: ErrorObject[]): { path: string; message: string }[] {
  return errors.map((e) => ({ path: e.instancePath || '/', message: e.message ?? e.keyword }));
}

const FIELD_PATH = /^\/steps\/\d+\/fields\/\d+(\/fields\/\d+)*/;

/** An error inside a field's props, or a kind's required props missing altogether. */
function isPropsError(e: ErrorObject): boolean {
  const [field] = FIELD_PATH.exec(e.instancePath) ?? [];
  if (field === undefined) return false;
  const rest = e.instancePath.slice(field.length);
  return (
    rest === '/props' ||
    rest.startsWith('/props/') ||
    (rest === '' && e.keyword === 'required' && e.params.missingProperty === 'props')
  );
}
