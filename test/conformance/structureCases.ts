import {
  answersOfKind,
  branchSamples,
  drivers,
  ownConditions,
  sampleAnswer,
  topLevelFields,
  withAnswer,
} from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import type { ConformanceCase } from './ConformanceCase';
import type { BaseSample } from './formatCases';

/** A key no module declares. */
export const UNKNOWN_KEY = 'campoSconosciuto';

/**
 * The cases moduleSuite runs on a module, as data: every branch of its conditions (valid), a
 * missing required answer, an answer to a field its condition hides, a required one left out
 * where it shows, unknown keys at every level, and an answer of the wrong JSON type.
 */
export function structureCases(module: Module, bases: BaseSample[]): ConformanceCase[] {
  const generated = bases.find((b) => b.name === 'generated sample');
  if (!generated) throw new Error('structureCases needs the generated sample');
  const id = module.id;
  const cases: ConformanceCase[] = [];
  const add = (name: string, data: unknown, expectPaths?: string[]) =>
    cases.push({ module: id, name, data, expectValid: expectPaths === undefined, expectPaths });

  const top = topLevelFields(module);
  const conditional = top.filter((t) => ownConditions(t).length > 0);
  const branches = conditional.flatMap(({ field }) => branchSamples(module, drivers(module, field.id)));
  unique(branches).forEach((data, i) => add(`branch ${i + 1}`, data));

  for (const t of top.filter((t) => t.field.required && ownConditions(t).length === 0)) {
    const data = { ...generated.data };
    delete data[t.field.id];
    add(`missing required ${t.field.id}`, data, [`/${t.field.id}`]);
  }

  for (const { field } of conditional) {
    const combos = branchSamples(module, drivers(module, field.id));
    const hidden = combos.find((d) => !Object.hasOwn(d, field.id));
    if (hidden)
      add(`${field.id} answered while hidden`, { ...hidden, [field.id]: sampleAnswer(field) }, [
        `/${field.id}`,
      ]);
    const shown = combos.find((d) => Object.hasOwn(d, field.id));
    if (field.required && shown) {
      const data = { ...shown };
      delete data[field.id];
      add(`${field.id} left out while shown`, data, [`/${field.id}`]);
    }
  }

  const fields = module.steps.flatMap((s) => s.fields);
  for (const base of bases) {
    add(`${base.name}: unknown key at the top`, { ...base.data, [UNKNOWN_KEY]: 'x' }, [`/${UNKNOWN_KEY}`]);
    for (const { path, value } of answersOfKind(fields, base.data, 'group')) {
      const data = withAnswer(base.data, path, { ...(value as object), [UNKNOWN_KEY]: 'x' });
      add(`${base.name}: unknown key in ${path}`, data, [`${path}/${UNKNOWN_KEY}`]);
    }
    for (const { path, value } of answersOfKind(fields, base.data, 'repeatable')) {
      if (!Array.isArray(value) || value.length === 0) continue;
      const data = withAnswer(base.data, `${path}/0`, { ...(value[0] as object), [UNKNOWN_KEY]: 'x' });
      add(`${base.name}: unknown key in ${path}/0`, data, [`${path}/0/${UNKNOWN_KEY}`]);
    }
  }

  for (const [key, value] of Object.entries(generated.data)) {
    add(`wrong type for ${key}`, { ...generated.data, [key]: wrongType(value) }, [`/${key}`]);
  }
  return cases;
}

/** A value of another JSON type than `value`. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'x';
  return ['x'];
}

function unique<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
