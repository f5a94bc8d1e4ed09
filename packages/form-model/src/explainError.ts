import type { ErrorObject } from 'ajv/dist/2020.js';
import type { ModelIssue } from './messages/ModelIssue';
import type { Field } from './types';

/**
 * Turns one Ajv error into an issue `{ code, params, path }`: the code says what is wrong, the
 * params say about which answer (`field`, its `kind` and `label`, the `part` of a composite
 * answer) and the limit, format or pattern it broke. Messages come from the catalogue (and the
 * kind's own, see `FieldKind.messages`) through `formatError`.
 */
export function explainError(error: ErrorObject, fields: ReadonlyMap<string, Field>): ModelIssue {
  const params = error.params as Record<string, unknown>;
  const child = (params.missingProperty ?? params.unevaluatedProperty ?? params.additionalProperty) as
    string | undefined;
  const path = child === undefined ? error.instancePath : `${error.instancePath}/${child}`;
  const about = describe(path, fields);
  const issue = (code: string, extra: Record<string, unknown> = {}): ModelIssue => ({
    path,
    code,
    params: { ...about, keyword: error.keyword, ...extra },
  });
  const limit = Number(params.limit);

  switch (error.keyword) {
    case 'required':
      return issue('required');
    case 'unevaluatedProperties':
    case 'additionalProperties':
      return issue('not_allowed');
    case 'format':
      return issue('invalid_format', { format: params.format });
    case 'pattern':
      return issue('invalid_format', { pattern: params.pattern });
    case 'type':
      return issue('invalid_type', { type: params.type });
    case 'const':
      // Only the privacy consent asks for `const: true`: a box that must be ticked.
      return params.allowedValue === true ? issue('consent_required') : issue('invalid_choice');
    case 'enum':
      if (about.part === 'mediaType')
        return issue('file_type_not_allowed', { allowed: params.allowedValues });
      return issue('invalid_choice');
    case 'oneOf':
      // Choices compile to `oneOf: [{ const, title }]`; its branch errors say the same.
      return issue('invalid_choice');
    case 'uniqueItems':
      return issue('duplicate_items');
    case 'minLength':
      return issue('too_short', { limit });
    case 'maxLength':
      return issue('too_long', { limit });
    case 'minimum':
    case 'exclusiveMinimum':
      return about.part === 'size' ? issue('file_empty') : issue('too_small', { limit });
    case 'maximum':
    case 'exclusiveMaximum':
      return issue(about.part === 'size' ? 'file_too_large' : 'too_large', { limit });
    case 'minItems':
      return issue('too_few', { limit });
    case 'maxItems':
      return issue('too_many', { limit });
    case 'multipleOf':
      return issue('invalid_step', { multipleOf: params.multipleOf });
    default:
      return issue('invalid');
  }
}

/**
 * The answer at `path`: its field (id, kind, label). A part of a composite answer (the CAP of
 * an address) is its field's, with the `part`.
 */
function describe(
  path: string,
  fields: ReadonlyMap<string, Field>,
): { field?: string; kind?: string; label?: Field['label'] | string; part?: string } {
  const keys = path.split('/').filter((s) => s && !/^[0-9]+$/.test(s));
  const last = keys.at(-1) ?? '';
  const own = fields.get(last);
  if (own) return { field: own.id, kind: own.kind, label: own.label };
  const parent = fields.get(keys.at(-2) ?? '');
  if (parent) return { field: parent.id, kind: parent.kind, label: parent.label, part: last };
  return last ? { field: last, label: last } : {};
}
