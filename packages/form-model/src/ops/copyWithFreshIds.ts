import type { Field } from '../types';
import { uniqueId } from './fieldIds';
import { renameFieldReferences } from './renameConditionFields';

/**
 * A deep copy of `field` in which it and every child get a new id not in `taken`; conditions
 * inside the copy that read a copied field read its copy instead, so a duplicated group
 * behaves like the original.
 */
export function copyWithFreshIds(field: Field, taken: Set<string>): Field {
  const fresh = new Map<string, string>();
  const assign = (f: Field) => {
    fresh.set(f.id, uniqueId(f.id, taken));
    f.fields?.forEach(assign);
  };
  assign(field);
  const rename = (id: string) => fresh.get(id) ?? id;
  const rebuild = (f: Field): Field => {
    const copy: Field = { ...renameFieldReferences(structuredClone(f), rename), id: rename(f.id) };
    if (f.fields) copy.fields = f.fields.map(rebuild);
    return copy;
  };
  return rebuild(field);
}
