import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { FieldKind } from '../kinds/FieldKind';
import { fieldPointer } from '../fieldPointer';
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
 * The props of `field`, a field of `module`, as an `invalid_property` error naming the field
 * (`path`: its id), with each problem's JSON pointer in the module in `details`.
 */
export function checkFieldProps(module: Module, field: Field, kind: FieldKind): ModelError | undefined {
  const problems = propProblems(field, kind);
  const first = problems[0];
  if (!first) return undefined;
  const at = fieldPointer(module, field.id) ?? '';
  return {
    code: 'invalid_property',
    message: `Il campo "${field.id}" ha una proprietà non valida: ${first.message}.`,
    path: field.id,
    details: problems.map((p) => ({ path: `${at}/props${p.pointer}`, message: p.message })),
  };
}
