import type { Field, Module } from './types';

/** The JSON pointer of the field `id` in the module, e.g. "/steps/0/fields/3/fields/1". */
export function fieldPointer(module: Module, id: string): string | undefined {
  const find = (fields: Field[], at: string): string | undefined => {
    for (const [i, field] of fields.entries()) {
      if (field.id === id) return `${at}/${i}`;
      const inside = field.fields && find(field.fields, `${at}/${i}/fields`);
      if (inside) return inside;
    }
    return undefined;
  };
  for (const [i, step] of module.steps.entries()) {
    const found = find(step.fields, `/steps/${i}/fields`);
    if (found) return found;
  }
  return undefined;
}
