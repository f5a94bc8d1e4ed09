import type { JsonSchema } from '../jsonSchema';
import { DATE_PATTERN } from '../kinds/date';
import { PHONE_PATTERN } from '../kinds/phone';
import type { ChoiceOption, Condition, Exit, Field } from '../types';
import { fieldIdFor, humanize, optionValue } from './fieldIdFor';
import type { Unmapped } from './ImportResult';
import { italianKind } from './italianKind';
import { resolveRef } from './resolveRef';
import { schemaToCondition } from './schemaToCondition';

/** What a conversion shares: the root (for `$ref`), the ids taken, and the list of what did not map. */
export interface SchemaContext {
  root: JsonSchema;
  /** Exits found at the top level (`if` … `then: false`). */
  exits: Exit[];
  taken: Set<string>;
  unmapped: Unmapped[];
}

const MB = 2 ** 20;
const ANNOTATIONS = new Set([
  'title',
  'description',
  '$comment',
  'default',
  'examples',
  '$id',
  '$schema',
  '$defs',
  'definitions',
  'readOnly',
  'writeOnly',
  'deprecated',
  '$anchor',
]);
const isObject = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);
const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

function deref(ctx: SchemaContext, schema: unknown, path: string): JsonSchema | undefined {
  const r = resolveRef(ctx.root, schema, []);
  if (r.error) ctx.unmapped.push({ path, reason: r.error });
  if (r.schema === true) return {};
  return isObject(r.schema) ? r.schema : undefined;
}

/** Reports the keywords of `s` that nothing read, so that none is dropped silently. */
function leftovers(ctx: SchemaContext, s: JsonSchema, used: string[], path: string): void {
  for (const k of Object.keys(s))
    if (!used.includes(k) && !ANNOTATIONS.has(k))
      ctx.unmapped.push({
        path: `${path}/${esc(k)}`,
        reason: `keyword "${k}" has no equivalent in the module format and is not enforced`,
      });
}

/**
 * The fields of one object level: its `properties` in order, then those that `allOf`/`if`-`then`
 * (and `dependentSchemas`) declare only under a condition, which become conditional fields;
 * `then: { required }` on a known field becomes `requiredWhen`; `dependentRequired` too.
 */
export function objectToFields(ctx: SchemaContext, s: JsonSchema, path: string): Field[] {
  const fields: Field[] = [];
  const byKey = new Map<string, Field>();
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  const properties = isObject(s.properties) ? s.properties : {};
  const add = (key: string, sub: unknown, isRequired: boolean, at: string, condition?: Condition) => {
    const field = propertyToField(ctx, key, sub, isRequired, at);
    if (!field) return;
    if (condition) field.condition = condition;
    fields.push(field);
    byKey.set(key, field);
  };
  for (const [key, sub] of Object.entries(properties))
    add(key, sub, required.has(key), `${path}/properties/${esc(key)}`);
  const idOf = (key: string) => byKey.get(key)?.id;

  const branch = (cond: Condition | undefined, thenSchema: unknown, at: string, when: string) => {
    const t = deref(ctx, thenSchema, at);
    if (!t) return;
    if (!cond)
      ctx.unmapped.push({
        path: when,
        reason:
          'this condition cannot be said with the module conditions; the fields it declares are always shown',
      });
    const thenRequired = new Set(Array.isArray(t.required) ? (t.required as string[]) : []);
    for (const [key, sub] of Object.entries(isObject(t.properties) ? t.properties : {})) {
      const sp = `${at}/properties/${esc(key)}`;
      const resolved = resolveRef(ctx.root, sub).schema;
      if (resolved === true || (isObject(resolved) && Object.keys(resolved).length === 0)) continue; // only marks it evaluated
      if (byKey.has(key)) {
        ctx.unmapped.push({
          path: sp,
          reason: `a second schema for "${key}" under a condition (a refinement) is not mapped; the field keeps its first definition`,
        });
        continue;
      }
      add(key, sub, thenRequired.has(key), sp, cond);
    }
    for (const key of thenRequired) {
      const field = byKey.get(key);
      if (
        !field ||
        field.required ||
        (isObject(t.properties) && key in t.properties && field.condition === cond)
      )
        continue;
      if (!cond) {
        ctx.unmapped.push({
          path: `${at}/required`,
          reason: `"${key}" required under a condition that does not map: left optional`,
        });
        continue;
      }
      field.requiredWhen = field.requiredWhen ? { any: [field.requiredWhen, cond] } : cond;
    }
    leftovers(ctx, t, ['properties', 'required'], at);
  };
  const ifThen = (entry: JsonSchema, at: string, own = false) => {
    if (
      entry.then === false ||
      (entry.if !== undefined && entry.then === undefined && entry.else === undefined)
    ) {
      const when = entry.if === undefined ? undefined : schemaToCondition(ctx.root, entry.if, idOf);
      if (when && path === '' && entry.then === false) {
        // An answer that makes the whole submission invalid: the module says so with an exit.
        ctx.exits.push({
          id: `uscita${ctx.exits.length + 1}`,
          when,
          title: { it: 'Questo servizio non fa per te' },
          message: {
            it: 'Da completare: spiega perché la domanda non può essere presentata e a chi rivolgersi.',
          },
        });
        ctx.unmapped.push({
          path: at,
          reason: 'mapped to an exit whose title and message are placeholders to complete',
        });
      } else
        ctx.unmapped.push({
          path: at,
          reason:
            'an `if` that refuses the submission is mapped only at the top level and on a condition that maps; add an exit by hand',
        });
      return;
    }
    const cond = entry.if === undefined ? undefined : schemaToCondition(ctx.root, entry.if, idOf);
    if (entry.then !== undefined) branch(cond, entry.then, `${at}/then`, `${at}/if`);
    if (entry.else !== undefined) branch(cond && { not: cond }, entry.else, `${at}/else`, `${at}/if`);
    if (!own) leftovers(ctx, entry, ['if', 'then', 'else'], at);
  };
  if ('if' in s) ifThen(s, path, true);
  (Array.isArray(s.allOf) ? s.allOf : []).forEach((entry, i) => {
    const e = deref(ctx, entry, `${path}/allOf/${i}`);
    if (e) ifThen(e, `${path}/allOf/${i}`);
  });
  const dependent = (map: unknown, at: string, draft07: boolean) => {
    for (const [key, dep] of Object.entries(isObject(map) ? map : {})) {
      const field = byKey.get(key);
      const cond: Condition | undefined = field && { field: field.id, op: 'answered' };
      if (Array.isArray(dep)) branch(cond, { required: dep }, `${at}/${esc(key)}`, `${at}/${esc(key)}`);
      else if (!draft07 || isObject(dep)) branch(cond, dep, `${at}/${esc(key)}`, `${at}/${esc(key)}`);
    }
  };
  dependent(s.dependentRequired, `${path}/dependentRequired`, false);
  dependent(s.dependentSchemas, `${path}/dependentSchemas`, false);
  dependent(s.dependencies, `${path}/dependencies`, true);
  if (s.unevaluatedProperties !== false && s.additionalProperties !== false)
    ctx.unmapped.push({
      path,
      reason: 'the object admits other properties; the module refuses answers it does not ask for',
    });
  const objectKeywords = [
    'type',
    'properties',
    'required',
    'allOf',
    'if',
    'then',
    'else',
    'dependentRequired',
    'dependentSchemas',
    'dependencies',
    'unevaluatedProperties',
    'additionalProperties',
  ];
  leftovers(ctx, s, objectKeywords, path);
  return fields;
}

/** One property as a field of the kind that holds the same answers, or undefined (listed in unmapped). */
export function propertyToField(
  ctx: SchemaContext,
  key: string,
  input: unknown,
  required: boolean,
  path: string,
): Field | undefined {
  const s = deref(ctx, input, path);
  if (!s || Object.keys(s).every((k) => ANNOTATIONS.has(k))) {
    ctx.unmapped.push({ path, reason: `"${key}" accepts any value: no field kind holds it` });
    return undefined;
  }
  const { id, renamed } = fieldIdFor(key, ctx.taken);
  if (renamed)
    ctx.unmapped.push({
      path,
      reason: `key "${key}" ${renamed === 'taken' ? 'is already a field id elsewhere (ids are unique in the whole module)' : 'is not a valid field id'}: the field is "${id}" and its answer is sent under that key`,
    });
  const field: Field = {
    id,
    kind: 'short-text',
    label: { it: typeof s.title === 'string' && s.title.trim() ? s.title : humanize(key) },
  };
  if (typeof s.description === 'string' && s.description.trim()) field.help = { it: s.description };
  if (required) field.required = true;
  const set = (kind: string, props: Record<string, unknown> = {}, used: string[] = []) => {
    field.kind = kind;
    const defined = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
    if (Object.keys(defined).length) field.props = defined;
    leftovers(ctx, s, ['type', ...used], path);
    return field;
  };
  const options = choiceOptions(ctx, s, path);
  const type = Array.isArray(s.type) ? s.type.filter((t) => t !== 'null') : s.type;
  if (Array.isArray(type)) {
    ctx.unmapped.push({
      path: `${path}/type`,
      reason: `several types (${type.join(', ')}): only ${String(type[0])} is kept`,
    });
  }
  const t = Array.isArray(type) ? type[0] : type;
  if (options)
    return set('single-choice', { options, display: options.length > 6 ? 'select' : undefined }, [
      'enum',
      'oneOf',
      'anyOf',
      'const',
    ]);
  if (s.const === true && (t === 'boolean' || t === undefined)) return set('privacy-consent', {}, ['const']);
  if (t === 'boolean') return set('yes-no');
  if (t === 'string') return stringField(ctx, key, s, required, path, set);
  if (t === 'integer' || t === 'number') {
    if (t === 'integer' && typeof s.$comment === 'string' && s.$comment.startsWith('euro cents'))
      return set(
        'amount',
        {
          min: typeof s.minimum === 'number' && s.minimum > 0 ? s.minimum / 100 : undefined,
          max: typeof s.maximum === 'number' ? s.maximum / 100 : undefined,
        },
        ['minimum', 'maximum'],
      );
    let min = s.minimum as number | undefined;
    let max = s.maximum as number | undefined;
    if (t === 'integer' && typeof s.exclusiveMinimum === 'number')
      min = Math.max(min ?? -Infinity, Math.floor(s.exclusiveMinimum) + 1);
    if (t === 'integer' && typeof s.exclusiveMaximum === 'number')
      max = Math.min(max ?? Infinity, Math.ceil(s.exclusiveMaximum) - 1);
    return set('number', { integer: t === 'integer' ? true : undefined, min, max }, [
      'minimum',
      'maximum',
      ...(t === 'integer' ? ['exclusiveMinimum', 'exclusiveMaximum'] : []),
    ]);
  }
  if (t === 'object') return objectField(ctx, s, path, field, set);
  if (t === 'array') return arrayField(ctx, s, path, field, set);
  ctx.unmapped.push({
    path,
    reason: `"${key}" has no type this format knows (${JSON.stringify(s.type)}): left out`,
  });
  ctx.taken.delete(id);
  return undefined;
}

type Setter = (kind: string, props?: Record<string, unknown>, used?: string[]) => Field;

function stringField(
  ctx: SchemaContext,
  key: string,
  s: JsonSchema,
  required: boolean,
  path: string,
  set: Setter,
): Field {
  const italian = italianKind(key, s.format, s.pattern);
  if (italian) return set(italian.kind, italian.props, ['format', 'pattern', 'minLength', 'maxLength']);
  if (s.format === 'email')
    return set(/pec/i.test(key) ? 'pec' : 'email', {}, ['format', 'maxLength', 'minLength', 'pattern']);
  if (s.format === 'date' || s.pattern === DATE_PATTERN) return set('date', {}, ['format', 'pattern']);
  if (s.pattern === PHONE_PATTERN) return set('phone', {}, ['pattern']);
  if (typeof s.format === 'string')
    ctx.unmapped.push({
      path: `${path}/format`,
      reason: `format "${s.format}" has no field kind: a short text, not checked`,
    });
  const maxLength = typeof s.maxLength === 'number' ? s.maxLength : undefined;
  // A required answer gets minLength 1 from the kind; say it only when it is more.
  const minLength =
    typeof s.minLength === 'number' && !(required && s.minLength === 1) ? s.minLength : undefined;
  const pattern = typeof s.pattern === 'string' ? s.pattern : undefined;
  const long = !pattern && maxLength !== undefined && maxLength > 500;
  if (maxLength === undefined)
    ctx.unmapped.push({
      path,
      reason: `"${key}" has no maxLength: the module limits the answer to 200 characters`,
    });
  return set(long ? 'long-text' : 'short-text', { minLength, maxLength, pattern }, [
    'minLength',
    'maxLength',
    'pattern',
    'format',
  ]);
}

function choiceOptions(ctx: SchemaContext, s: JsonSchema, path: string): ChoiceOption[] | undefined {
  let raw: { value: unknown; title?: string }[] | undefined;
  const branches = Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined;
  if (Array.isArray(s.enum)) raw = s.enum.map((value) => ({ value }));
  else if (branches && branches.every((b) => isObject(b) && 'const' in b))
    raw = branches.map((b) => ({
      value: (b as JsonSchema).const,
      title: (b as JsonSchema).title as string | undefined,
    }));
  if (!raw || raw.some((o) => typeof o.value !== 'string' && typeof o.value !== 'number')) return undefined;
  if (raw.length === 0) return undefined;
  const seen = new Set<string>();
  return raw.map((o, i) => {
    let value = optionValue(o.value);
    while (seen.has(value)) value = `${value}-${i}`;
    seen.add(value);
    if (value !== o.value)
      ctx.unmapped.push({
        path: `${path}/${Array.isArray(s.enum) ? 'enum' : 'oneOf'}/${i}`,
        reason: `option ${JSON.stringify(o.value)} is stored as "${value}" (option values are letters, digits, - and _)`,
      });
    return { value, label: { it: o.title?.trim() || String(o.value) } };
  });
}

function isFileSchema(s: JsonSchema | undefined): boolean {
  const p = s && isObject(s.properties) ? s.properties : undefined;
  return Boolean(p && 'mediaType' in p && 'size' in p && 'ref' in p && 'name' in p);
}

function fileProps(s: JsonSchema): Record<string, unknown> {
  const p = s.properties as Record<string, JsonSchema>;
  const accept = Array.isArray(p.mediaType?.enum) ? p.mediaType.enum : [];
  const max = typeof p.size?.maximum === 'number' ? p.size.maximum / MB : undefined;
  return { accept, maxSizeMb: max };
}

function objectField(ctx: SchemaContext, s: JsonSchema, path: string, field: Field, set: Setter): Field {
  const p = isObject(s.properties) ? s.properties : {};
  if (isFileSchema(s))
    return set('attachment', fileProps(s), ['properties', 'required', 'additionalProperties']);
  if (
    ['street', 'cap', 'comune', 'provincia'].every((k) => k in p) &&
    Object.keys(p).every((k) => ['street', 'number', 'cap', 'comune', 'provincia'].includes(k))
  )
    return set('address', {}, ['properties', 'required', 'additionalProperties']);
  field.kind = 'group';
  field.fields = objectToFields(ctx, s, path);
  return field;
}

function arrayField(
  ctx: SchemaContext,
  s: JsonSchema,
  path: string,
  field: Field,
  set: Setter,
): Field | undefined {
  const items = deref(ctx, s.items, `${path}/items`);
  const minItems = typeof s.minItems === 'number' ? s.minItems : undefined;
  const maxItems = typeof s.maxItems === 'number' ? s.maxItems : undefined;
  const used = ['items', 'minItems', 'maxItems', 'uniqueItems'];
  if (isFileSchema(items))
    return set('attachment', { ...fileProps(items!), multiple: true, maxFiles: maxItems }, used);
  const options = items && choiceOptions(ctx, items, `${path}/items`);
  if (options) {
    const min = minItems && !(field.required && minItems === 1) ? minItems : undefined;
    return set('multiple-choice', { options, minItems: min, maxItems }, used);
  }
  if (items && (items.type === 'object' || isObject(items.properties))) {
    if (maxItems === undefined)
      ctx.unmapped.push({ path, reason: 'the list has no maxItems: the module allows at most 20 entries' });
    field.kind = 'repeatable';
    field.props = { minItems: minItems ?? 0, ...(maxItems !== undefined ? { maxItems } : {}) };
    field.fields = objectToFields(ctx, items, `${path}/items`);
    leftovers(ctx, s, ['type', ...used], path);
    return field;
  }
  ctx.unmapped.push({
    path,
    reason: 'a list of plain values that are not choices has no field kind: left out',
  });
  ctx.taken.delete(field.id);
  return undefined;
}
