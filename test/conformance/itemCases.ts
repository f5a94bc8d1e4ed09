import { answersOfKind, withAnswer } from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import { evaluateCondition } from '@modulo/form-model';
import type { ConformanceCase } from './ConformanceCase';
import type { BaseSample } from './formatCases';

/**
 * In a repeatable list, a field one item shows is answered in the neighbouring item that hides
 * it: each item's conditions read that item only, so the answer must be refused there.
 */
export function itemCases(module: Module, bases: BaseSample[]): ConformanceCase[] {
  const fields = module.steps.flatMap((s) => s.fields);
  return bases.flatMap((base) =>
    answersOfKind(fields, base.data, 'repeatable').flatMap(({ field, path, value }) => {
      if (!Array.isArray(value)) return [];
      const items = value as Record<string, unknown>[];
      const conditional = (field.fields ?? []).filter((f) => f.condition);
      return conditional.flatMap((child) =>
        items.flatMap((shown, i) =>
          [i - 1, i + 1].flatMap((j): ConformanceCase[] => {
            const hidden = items[j];
            if (!hidden || !Object.hasOwn(shown, child.id) || Object.hasOwn(hidden, child.id)) return [];
            if (evaluateCondition(child.condition!, hidden)) return [];
            const at = `${path}/${j}/${child.id}`;
            return [
              {
                module: module.id,
                name: `${base.name}: ${at} answered while hidden, as in item ${i}`,
                data: withAnswer(base.data, `${path}/${j}`, { ...hidden, [child.id]: shown[child.id] }),
                expectValid: false,
                expectPaths: [at],
              },
            ];
          }),
        ),
      );
    }),
  );
}
