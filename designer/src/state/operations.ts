import type { Module, Result } from '@modulo/form-model';
import {
  parseModule,
  addField,
  addStep,
  duplicateField,
  moveField,
  moveStep,
  removeField,
  removeStep,
  setCondition,
  setFieldProperty,
  setProcedure,
} from '@modulo/form-model';

/**
 * The version a publish will carry: not a form edit, so no operation of its own; the module
 * goes back through `parseModule`, the model's only door, with the new version.
 */
export function setVersion(module: Module, args: { version: string }): Result<Module> {
  return parseModule({ ...module, version: args.version });
}

/**
 * The model's pure edit operations the designer issues, by name. The store runs them and
 * keeps history; it never edits a module itself.
 */
export const OPERATIONS = {
  addField,
  removeField,
  moveField,
  duplicateField,
  setFieldProperty,
  setCondition,
  setProcedure,
  addStep,
  removeStep,
  moveStep,
  setVersion,
} as const;

export type OperationName = keyof typeof OPERATIONS;

/** One edit: an operation name and its arguments, exactly as the model's function takes them. */
export type Edit = {
  [K in OperationName]: { op: K; args: Parameters<(typeof OPERATIONS)[K]>[1] };
}[OperationName];
