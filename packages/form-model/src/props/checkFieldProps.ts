import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { FieldKind } from '../kinds/FieldKind';
import { fieldPointer } from '../fieldPointer';
import { modelError } from '../messages/modelError';
import type { Field, ModelError, Module } from '../types';
import { createAjv } from '../validateSubmission';
import { explainPropError, reportable } from './explainPropError';
import type { PropProblem } from './PropProblem';
import { propRelationProblems } from './propRelationProblems';

const validators = new WeakMap<FieldKind, ValidateFunction>();
let ajv: ReturnType<typeof createAjv> | undefined;

/**
 * The problems of a field's props (absent props count as `{}`): first its kind's `propsSchema`,
 * then, once the types are right, what a schema cannot say (see `propRelationProblems`).
 */
export function propProblems(field: Field, kind: FieldKind): PropProblem[] {
  const props = field.props ?? {};
  let validate = validators.get(kind);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.compile(kind.propsSchema);
    validators.set(kind, validate);
  }
  if (!validate(props)) {
    return reportable(validate.errors ?? []).map((e) => explainPropError(e, kind.propsSchema));
  }
  return propRelationProblems({ ...kind.defaults.props, ...props }, props);
}

/**
 * The props of `field`, a field of `module`, as an `invalid_property` error: `path` the JSON
 * Pointer of the first problem, `id` the field's id, each problem's pointer in `details`.
 */
export function checkFieldProps(module: Module, field: Field, kind: FieldKind): ModelError | undefined {
  const problems = propProblems(field, kind);
  const first = problems[0];
  if (!first) return undefined;
  const at = fieldPointer(module, field.id) ?? '';
  // `detail` in both languages: the catalogue picks the page's.
  const property = first.pointer.split('/')[1];
  return modelError(
    'invalid_property',
    { id: field.id, ...(property ? { property } : {}), detail: { it: first.message, en: first.messageEn } },
    `${at}/props${first.pointer}`,
    { id: field.id, details: problems.map((p) => ({ path: `${at}/props${p.pointer}`, message: p.message })) },
  );
}
