import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { conditionFields } from './evaluateCondition';
import { getFieldKind } from './kinds/registry';
import { migrate } from './migrate';
import metaSchema from './module.schema.json';
import type { Module, ModelError, Result } from './types';
import { fail, FORMAT_VERSION, ok } from './types';
import { createAjv } from './validateSubmission';
import { walkFields } from './walkFields';
import { checkFieldProps } from './props/checkFieldProps';

let validateMeta: ValidateFunction | undefined;

/**
 * The only way into the model: checks an unknown value (a parsed JSON document, or its text) against the
 * module meta-schema, migrates older format versions, and checks what a schema cannot:
 * known field kinds, unique ids, conditions that name existing fields, and each field's props
 * against its kind's `propsSchema` (kinds registered later included) and the relations between them.
 */
export function parseModule(input: unknown): Result<Module> {
  if (typeof input === 'string') {
    // The saved text itself (what `serialize` writes) is accepted too.
    let json: unknown;
    try {
      json = JSON.parse(input);
    } catch (e) {
      return fail('invalid_json', `Il testo del modulo non è un JSON valido: ${(e as Error).message}`);
    }
    return parseValue(json);
  }
  return parseValue(input);
}

function parseValue(input: unknown): Result<Module> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('invalid_module', 'Il modulo deve essere un oggetto JSON.');
  }
  const migrated = migrate(input as Record<string, unknown>);
  if (!migrated.ok) {
    return fail(
      'unsupported_format_version',
      `Versione del formato non supportata: ${JSON.stringify(migrated.version)} (attesa ${FORMAT_VERSION} o precedente).`,
      { path: '/formatVersion' },
    );
  }
  validateMeta ??= createAjv().compile(metaSchema);
  let invalid: ModelError | undefined;
  if (!validateMeta(migrated.doc)) {
    const errors = (validateMeta.errors ?? []).filter(isReported);
    const details = metaErrors(errors);
    invalid = {
      code: 'invalid_module',
      message: `Il modulo non rispetta il formato: ${details[0]?.path} ${details[0]?.message}`,
      path: details[0]?.path,
      details,
    };
    // Errors only in props are said better below, field by field with the kind's own words.
    if (!errors.every(isPropsError)) return { ok: false, error: invalid };
  }
  const module = migrated.doc as unknown as Module;
  const problem = checkReferences(module) ?? invalid;
  return problem ? { ok: false, error: problem } : ok(module);
}

function checkReferences(module: Module): ModelError | undefined {
  const seen = new Set<string>();
  for (const step of module.steps) {
    if (seen.has(step.id)) return dup(step.id);
    seen.add(step.id);
  }
  const fields = walkFields(module);
  for (const { field } of fields) {
    if (seen.has(field.id)) return dup(field.id);
    seen.add(field.id);
    const kind = getFieldKind(field.kind);
    if (!kind) {
      return { code: 'unknown_kind', message: `Tipo di campo sconosciuto "${field.kind}".`, path: field.id };
    }
    const props = checkFieldProps(module, field, kind);
    if (props) return props;
  }
  const ids = new Set(fields.map((l) => l.field.id));
  const conditions = [
    ...module.steps.map((s) => ({ owner: s.id, condition: s.condition })),
    ...fields.map((l) => ({ owner: l.field.id, condition: l.field.condition })),
  ];
  for (const { owner, condition } of conditions) {
    const missing = conditionFields(condition).find((id) => !ids.has(id));
    if (missing) {
      return {
        code: 'unknown_field',
        message: `La condizione di "${owner}" usa il campo "${missing}", che non esiste.`,
        path: owner,
      };
    }
  }
  return undefined;
}

const dup = (id: string): ModelError => ({
  code: 'duplicate_id',
  message: `L'identificativo "${id}" è usato più di una volta.`,
  path: id,
});

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
