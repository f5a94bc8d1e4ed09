import {
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
} as const;

export type OperationName = keyof typeof OPERATIONS;

/** One edit: an operation name and its arguments, exactly as the model's function takes them. */
export type Edit = {
  [K in OperationName]: { op: K; args: Parameters<(typeof OPERATIONS)[K]>[1] };
}[OperationName];
