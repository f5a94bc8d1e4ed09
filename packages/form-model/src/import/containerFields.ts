import type { JsonSchema } from '../jsonSchema';
import type { Field } from '../types';
import { objectToFields } from './objectToFields';
import type { Setter } from './propertyToField';
import { choiceOptions, fileProps, isFileSchema } from './propertyToField';
import type { SchemaContext } from './SchemaContext';
import { deref, isObject, leftovers } from './SchemaContext';

/** An object property: an attachment, an address, or a group of its own fields. */
export function objectField(
  ctx: SchemaContext,
  s: JsonSchema,
  path: string,
  field: Field,
  set: Setter,
): Field {
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

/** An array property: attachments, a multiple choice, or a repeatable list of objects. */
export function arrayField(
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
