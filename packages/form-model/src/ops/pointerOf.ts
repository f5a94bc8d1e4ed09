import { fieldPointer } from '../fieldPointer';
import type { Module } from '../types';

/**
 * The JSON Pointer in `module` of the field, step or exit `id` ("/steps/1/fields/0",
 * "/steps/2", "/exits/0", "/steps/1/exits/0"); "" (the whole module) when there is none.
 */
export function pointerOf(module: Module, id: string): string {
  const field = fieldPointer(module, id);
  if (field) return field;
  const step = module.steps.findIndex((s) => s.id === id);
  if (step >= 0) return `/steps/${step}`;
  const exit = (module.exits ?? []).findIndex((e) => e.id === id);
  if (exit >= 0) return `/exits/${exit}`;
  for (const [i, s] of module.steps.entries()) {
    const j = (s.exits ?? []).findIndex((e) => e.id === id);
    if (j >= 0) return `/steps/${i}/exits/${j}`;
  }
  return '';
}

/** The pointer of the list of fields inside a step or container `parentId`. */
export function fieldsPointerOf(module: Module, parentId: string): string {
  const at = pointerOf(module, parentId);
  return at === '' ? '' : `${at}/fields`;
}
