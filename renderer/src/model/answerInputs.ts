import type { Field, Module } from '@modulo/form-model';

/**
 * The top-level answers that conditions, fees and exits read (a field inside a group counts as
 * its group), computed once per module. Typing into any other field cannot change which fields
 * show nor the fees: the guided form skips recomputing them (`inputsKey`), a walk of the whole
 * module that otherwise ran on every keystroke.
 */
export function answerInputs(module: Module): string[] {
  const topOf = new Map<string, string>();
  for (const step of module.steps)
    for (const top of step.fields) {
      const mark = (f: Field) => {
        topOf.set(f.id, top.id);
        f.fields?.forEach(mark);
      };
      mark(top);
    }
  const read = new Set<string>();
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.field === 'string') read.add(topOf.get(o.field) ?? o.field);
      Object.values(o).forEach(collect);
    }
  };
  // Everything but field labels and texts may hold a reference: over-counting only costs a cache hit.
  collect(module.steps);
  collect(module.procedure);
  collect((module as { exits?: unknown }).exits);
  return [...read];
}

/** A string that changes exactly when one of `inputs`' answers does. */
export function inputsKey(inputs: readonly string[], answers: Record<string, unknown>): string {
  return JSON.stringify(inputs.map((id) => answers[id] ?? null));
}
