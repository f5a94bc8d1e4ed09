import type { ValidateFunction } from 'ajv/dist/2020.js';
import metaSchema from '../module.schema.json';
import type { Procedure, Module, Result } from '../types';
import { ok } from '../types';
import { refuse } from '../messages/modelError';
import { createAjv } from '../validateSubmission';

/** Procedure data to merge: a key set to `undefined` is removed, nested contact objects merge one level. */
export type ProcedurePatch = {
  [K in keyof Procedure]?: Procedure[K] extends object
    ? Partial<Procedure[K]> | undefined
    : Procedure[K] | undefined;
};

export interface SetProcedureArgs {
  patch: ProcedurePatch;
}

/** Nested objects whose keys are edited one by one in the inspector (office phone, responsible's name...). */
const MERGED = new Set(['office', 'responsible', 'substitute', 'classification']);

let validateProcedure: ValidateFunction | undefined;

/**
 * Merges procedure data (D.Lgs 33/2013 art. 35) into the module. The result must satisfy the
 * module format, e.g. `termDays` a whole number of days from 1 to 3650.
 */
export function setProcedure(module: Module, args: SetProcedureArgs): Result<Module> {
  const { termDays } = args.patch;
  if ('termDays' in args.patch && !(Number.isInteger(termDays) && termDays! >= 1 && termDays! <= 3650)) {
    return refuse(
      'invalid_property',
      { what: 'procedure', property: 'termDays', problem: 'term_days' },
      '/procedure/termDays',
    );
  }
  const procedure = merge(module.procedure as unknown as Record<string, unknown>, args.patch, true);
  validateProcedure ??= compileValidator();
  if (!validateProcedure(procedure)) {
    const details = (validateProcedure.errors ?? []).map((e) => ({
      path: `/procedure${e.instancePath}`,
      message:
        e.keyword === 'additionalProperties'
          ? `dato sconosciuto "${String(e.params.additionalProperty)}"`
          : (e.message ?? e.keyword),
    }));
    const first = details[0];
    return refuse(
      'invalid_property',
      { what: 'procedure', problem: 'procedure_schema', at: first?.path, reason: first?.message },
      first?.path ?? '/procedure',
      { details },
    );
  }
  return ok({ ...module, procedure: procedure as unknown as Procedure });
}

function merge(base: Record<string, unknown>, patch: object, deep: boolean): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    if (value === undefined) delete out[key];
    else if (deep && MERGED.has(key) && isRecord(current) && isRecord(value))
      out[key] = merge(current, value, false);
    else out[key] = structuredClone(value);
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function compileValidator(): ValidateFunction {
  const ajv = createAjv();
  ajv.addSchema(metaSchema);
  return ajv.compile({ $ref: `${metaSchema.$id}#/$defs/procedure` });
}
