import type { Field, Module } from './types';

/** A field with where it sits: its step, its parent container, its index among siblings. */
export interface FieldLocation {
  field: Field;
  stepId: string;
  parentId?: string;
  index: number;
  /** Position in reading order over the whole module. */
  order: number;
}

/** Every field of the module in reading order, containers before their children. */
export function walkFields(module: Module): FieldLocation[] {
  const out: FieldLocation[] = [];
  const visit = (fields: Field[], stepId: string, parentId?: string) => {
    fields.forEach((field, index) => {
      out.push({ field, stepId, parentId, index, order: out.length });
      if (field.fields) visit(field.fields, stepId, field.id);
    });
  };
  for (const step of module.steps) visit(step.fields, step.id);
  return out;
}

/** The field with this id anywhere in the module. */
export function findField(module: Module, id: string): FieldLocation | undefined {
  return walkFields(module).find((l) => l.field.id === id);
}
