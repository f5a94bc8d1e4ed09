import type { JsonSchema } from '../jsonSchema';
import type { CompileContext, FieldKindRegistry } from '../kinds/FieldKind';
import { builtInRegistry } from '../kinds/registry';
import { localize } from '../localize';
import type { ConditionValue, Field } from '../types';

/** What answers a field can hold, as far as a condition cares. */
export interface ValueDomain {
  /** JSON type of the answer; "none" for kinds without an answer, "unknown" when unsure. */
  type: 'string' | 'number' | 'boolean' | 'array' | 'object' | 'none' | 'unknown';
  /** The only values allowed (choices, yes/no, a const), when finite. */
  values?: ConditionValue[];
  min?: number;
  max?: number;
  /** For arrays: what each item can be. */
  items?: ValueDomain;
  /** For strings: the JSON Schema `format` of the answer ("date", "email"...), when there is one. */
  format?: string;
}

const UNKNOWN: ValueDomain = { type: 'unknown' };

// Children are not needed: conditions only compare scalars, arrays of scalars, or "answered".
const ctx: CompileContext = {
  lang: 'it',
  text: (t) => localize(t),
  compileFields: () => ({ schema: { type: 'object' }, uiSchema: {} }),
  define: (_name, schema) => schema,
  sampleFields: () => ({}),
};

/**
 * The domain of a field's answers, read from its kind's JSON Schema so that new kinds
 * are covered without a table here.
 */
export function valueDomain(field: Field, registry: FieldKindRegistry = builtInRegistry): ValueDomain {
  const kind = registry.get(field.kind);
  if (!kind) return UNKNOWN;
  if (!kind.hasValue) return { type: 'none' };
  try {
    return schemaDomain(kind.toJsonSchema(field, ctx));
  } catch {
    return UNKNOWN; // a kind that cannot compile these props is reported by compile, not here
  }
}

function schemaDomain(schema: JsonSchema): ValueDomain {
  const values = finiteValues(schema);
  const type = jsonType(schema.type, values);
  if (type === 'boolean') return { type, values: values ?? [true, false] };
  if (type === 'number') {
    const min = num(schema.minimum) ?? num(schema.exclusiveMinimum);
    const max = num(schema.maximum) ?? num(schema.exclusiveMaximum);
    return {
      type,
      ...(values ? { values } : {}),
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
    };
  }
  if (type === 'array') {
    const items = schema.items;
    return {
      type,
      items: typeof items === 'object' && items !== null ? schemaDomain(items as JsonSchema) : UNKNOWN,
    };
  }
  const format = type === 'string' && typeof schema.format === 'string' ? { format: schema.format } : {};
  return values ? { type, values, ...format } : { type, ...format };
}

function finiteValues(schema: JsonSchema): ConditionValue[] | undefined {
  if (isValue(schema.const)) return [schema.const];
  if (Array.isArray(schema.enum) && schema.enum.every(isValue)) return schema.enum;
  const branches = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(branches) && branches.length > 0) {
    const consts = branches.map((b: unknown) =>
      typeof b === 'object' && b !== null ? (b as JsonSchema).const : undefined,
    );
    if (consts.every(isValue)) return consts;
  }
  return undefined;
}

function jsonType(type: unknown, values: ConditionValue[] | undefined): ValueDomain['type'] {
  const t = Array.isArray(type) && type.length === 1 ? type[0] : type;
  if (t === 'integer' || t === 'number') return 'number';
  if (t === 'string' || t === 'boolean' || t === 'array' || t === 'object') return t;
  if (t === undefined && values?.length) {
    const kinds = new Set(values.map((v) => typeof v));
    const only = kinds.size === 1 ? [...kinds][0] : undefined;
    if (only === 'string' || only === 'boolean' || only === 'number') return only;
  }
  return 'unknown';
}

const isValue = (v: unknown): v is ConditionValue =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
