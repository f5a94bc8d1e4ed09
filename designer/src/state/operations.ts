import type { Module, Result, SetProcedureArgs } from '@modulo/form-model';
import {
  parseModule,
  addExit,
  addField,
  addStep,
  duplicateField,
  moveField,
  moveStep,
  removeExit,
  removeField,
  removeStep,
  setCondition,
  setExit,
  setFieldProperty,
  setProcedure,
  setRequiredWhen,
  setStepTitle,
  setVersion,
} from '@modulo/form-model';

/**
 * `setProcedure`, and for rules (routing, fees) also the reference checks of `parseModule`:
 * today `setProcedure` checks the procedure's shape only, while a rule on a deleted or hidden
 * field must be refused with the model's reason, as the model's own door would.
 */
export function setProcedureChecked(module: Module, args: SetProcedureArgs): Result<Module> {
  const r = setProcedure(module, args);
  if (!r.ok || !('routing' in args.patch || 'fees' in args.patch)) return r;
  const parsed = parseModule(r.value);
  return parsed.ok ? r : parsed;
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
  setRequiredWhen,
  addExit,
  setExit,
  removeExit,
  setStepTitle,
  setProcedure: setProcedureChecked,
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
