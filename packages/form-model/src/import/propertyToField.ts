import type { JsonSchema } from '../jsonSchema';
import { DATE_PATTERN } from '../kinds/date';
import { PHONE_PATTERN } from '../kinds/phone';
import type { ChoiceOption, Field } from '../types';
import { arrayField, objectField } from './containerFields';
import { fieldIdFor, humanize, optionValue } from './fieldIdFor';
import { italianKind } from './italianKind';
import type { SchemaContext } from './SchemaContext';
import { ANNOTATIONS, deref, isObject, leftovers, MB } from './SchemaContext';

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

export type Setter = (kind: string, props?: Record<string, unknown>, used?: string[]) => Field;

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

export function choiceOptions(ctx: SchemaContext, s: JsonSchema, path: string): ChoiceOption[] | undefined {
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

export function isFileSchema(s: JsonSchema | undefined): boolean {
  const p = s && isObject(s.properties) ? s.properties : undefined;
  return Boolean(p && 'mediaType' in p && 'size' in p && 'ref' in p && 'name' in p);
}

export function fileProps(s: JsonSchema): Record<string, unknown> {
  const p = s.properties as Record<string, JsonSchema>;
  const accept = Array.isArray(p.mediaType?.enum) ? p.mediaType.enum : [];
  const max = typeof p.size?.maximum === 'number' ? p.size.maximum / MB : undefined;
  return { accept, maxSizeMb: max };
}
