import type { Field, LocalizedText, Module, ModelError, PrefillSource, Result } from '../types';
import { ok } from '../types';
import { getFieldKind } from '../kinds/registry';
import { checkFieldProps } from '../props/checkFieldProps';
import { findField } from '../walkFields';
import { checkText } from './checkText';
import { checkNewId } from './fieldIds';
import { updateField } from './fieldList';
import { renameInConditions } from './renameConditionFields';
import { refuse as refuseWith } from '../messages/modelError';
import { pointerOf } from './pointerOf';

/** The properties the inspector edits; `props.<name>` is a kind's own setting, e.g. "props.maxLength". */
export type SetFieldPropertyArgs = { id: string } & (
  | { property: 'label'; value: LocalizedText }
  | { property: 'help'; value: LocalizedText | undefined }
  | { property: 'required' | 'readOnlyWhenPrefilled'; value: boolean | undefined }
  | { property: 'prefill'; value: PrefillSource | undefined }
  | { property: 'id'; value: string }
  | { property: `props.${string}`; value: unknown }
);

const PREFILL_SOURCES: readonly string[] = [
  'fiscalNumber',
  'givenName',
  'familyName',
  'fullName',
  'birthdate',
  'email',
  'phoneNumber',
  'address',
  'pec',
  'companyName',
  'vatNumber',
] satisfies PrefillSource[];

/**
 * Sets (or, with `undefined`, clears) one property of a field. Renaming the id also renames it
 * in every condition that reads the field. A kind's prop must satisfy the kind's `propsSchema`
 * and the relations `parseModule` checks (e.g. `minLength` ≤ `maxLength`).
 */
export function setFieldProperty(module: Module, args: SetFieldPropertyArgs): Result<Module> {
  const { id, property, value } = args;
  if (!findField(module, id)) return refuseWith('unknown_field', { id }, '', { id });
  const at = pointerOf(module, id);
  const bad = (problem: string, params: Record<string, unknown> = {}) =>
    refuseWith('invalid_property', { id, property, problem, ...params }, at, { id });
  const set = (patch: (f: Field) => Field) => ok(updateField(module, id, patch));

  switch (property) {
    case 'id': {
      if (value === id) return ok(module);
      const problem = checkNewId(module, value, at);
      if (problem) return { ok: false, error: problem };
      return ok(
        renameInConditions(
          updateField(module, id, (f) => ({ ...f, id: value })),
          id,
          value,
        ),
      );
    }
    case 'label':
      return refuse(checkText(value, 'label', at, { id })) ?? set((f) => ({ ...f, label: value }));
    case 'help':
      // An emptied help box means "no help", not an invalid text.
      if (value === undefined || (typeof value?.it === 'string' && value.it.trim() === '')) {
        return set((f) => without(f, 'help'));
      }
      return refuse(checkText(value, 'help', at, { id })) ?? set((f) => ({ ...f, help: value }));
    case 'required':
    case 'readOnlyWhenPrefilled':
      if (value === undefined) return set((f) => without(f, property));
      if (typeof value !== 'boolean') return bad('not_boolean');
      return set((f) => ({ ...f, [property]: value }));
    case 'prefill':
      if (value === undefined) return set((f) => without(f, 'prefill'));
      if (!PREFILL_SOURCES.includes(value)) return bad('unknown_prefill', { value: String(value) });
      return set((f) => ({ ...f, prefill: value }));
    default:
      return setProp(module, id, property.slice('props.'.length), value);
  }
}

function setProp(module: Module, id: string, name: string, value: unknown): Result<Module> {
  const at = pointerOf(module, id);
  if (name === '') return refuseWith('invalid_property', { id, problem: 'missing_name' }, at, { id });
  if (value !== undefined && !isJson(value)) {
    return refuseWith('invalid_property', { id, property: name, problem: 'not_json' }, `${at}/props`, { id });
  }
  const next = updateField(module, id, (f) => {
    const props = { ...f.props };
    if (value === undefined) delete props[name];
    else props[name] = structuredClone(value);
    return Object.keys(props).length > 0 ? { ...f, props } : without(f, 'props');
  });
  // The same check as parseModule's, so an edit never gives a module that does not parse.
  const field = findField(next, id)?.field;
  const kind = field && getFieldKind(field.kind);
  const problem = kind && checkFieldProps(next, field, kind);
  return refuse(problem) ?? ok(next);
}

function refuse(problem: ModelError | undefined): Result<Module> | undefined {
  return problem && { ok: false, error: problem };
}

function without(field: Field, key: keyof Field): Field {
  const copy = { ...field };
  delete copy[key];
  return copy;
}

/** Whether a value survives JSON.stringify/parse unchanged: props are saved as JSON. */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((v) => v !== undefined && isJson(v));
}
