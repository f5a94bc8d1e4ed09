import { makeModule } from '../testing/makeModule';
import type { Field, Module } from '../types';
import { validateSubmission } from '../validateSubmission';

/**
 * For kind tests: a module whose only field is `field` (id "x", label "Campo x" unless given).
 * Kept beside the kinds, not in testing/, because only their tests use it.
 */
export function moduleWithField(kind: string, extra: Partial<Field> = {}): Module {
  const field: Field = { id: 'x', kind, label: { it: 'Campo x', en: 'Field x' }, ...extra };
  return makeModule([{ id: 'dati', title: { it: 'Dati' }, fields: [field] }]);
}

/** The `[path, code]` pairs of validating `data`, for compact assertions. */
export function errorCodes(module: Module, data: unknown): [string, string][] {
  return validateSubmission(module, data).map((e) => [e.path, e.code]);
}
