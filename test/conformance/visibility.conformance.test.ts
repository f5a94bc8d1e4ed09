import type { Module } from '@modulo/form-model';
import { pruneHidden, validateSubmission, visiblePointers, walkFields } from '@modulo/form-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCases } from './buildCases';
import type { ConformanceCase } from './ConformanceCase';
import { pythonInput } from './pythonInput';
import type { PythonResult } from './runPython';
import { runPython } from './runPython';

/**
 * `visiblePointers` / `pruneHidden` (what the renderer, the server and the designer's preview
 * use) against the compiled schema, on every conformance case: Ajv on the case itself, and
 * both Ajv and python-jsonschema on its pruned answers.
 */
const suite = buildCases();
const byModule = new Map<string, Module>(suite.modules.map((m) => [m.id, m]));
const pruned = suite.cases.map((c): ConformanceCase => ({
  ...c,
  data: pruneHidden(byModule.get(c.module)!, c.data),
}));
const documents = pythonInput({ modules: suite.modules, cases: pruned });
const python = new Map<string, PythonResult>();
const key = (module: string, name: string) => `${module}\u0000${name}`;

beforeAll(() => {
  runPython(documents).forEach((list, i) => {
    for (const r of list) python.set(key(documents[i]!.module, r.name), r);
  });
});

describe('visiblePointers and pruneHidden agree with the compiled schema on every conformance case', () => {
  for (const module of suite.modules) {
    const cases = pruned.filter((c) => c.module === module.id);
    describe(module.id, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (name, prunedCase) => {
        const original = suite.cases.find((c) => c.module === module.id && c.name === name)!;
        const shown = visiblePointers(module, original.data);
        const errors = validateSubmission(module, original.data);
        // What the schema refuses as hidden is what visibility hides (or no field at all).
        for (const e of errors.filter((x) => x.code === 'not_allowed')) {
          expect(shown.has(e.path), `${e.path} is refused but shown`).toBe(false);
        }
        // What the schema demands is shown.
        for (const e of errors.filter((x) => x.code === 'required' && isFieldPointer(module, x.path))) {
          expect(shown.has(e.path), `${e.path} is demanded but hidden`).toBe(true);
        }
        // A valid submission is its own pruning.
        if (original.expectValid) expect(prunedCase.data).toEqual(original.data);
        // Pruned answers hold no hidden field (a composite answer's own unknown part stays, and is
        // refused), and Ajv and Python agree on them.
        const after = validateSubmission(module, prunedCase.data);
        expect(after.filter((e) => e.code === 'not_allowed' && !insideAnswer(module, e.path))).toEqual([]);
        // A known regular-expression difference (README, "What it found") stays a difference.
        if (original.pythonDiffers) return;
        const py = python.get(key(module.id, name));
        expect(py?.valid, JSON.stringify({ ajv: after, python: py?.errors })).toBe(after.length === 0);
      });
    });
  }
});

const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));

/** Whether `pointer` names a field (not a part of a composite answer such as an address's CAP). */
function isFieldPointer(module: Module, pointer: string): boolean {
  const keys = pointer.split('/').filter((s) => s && !/^[0-9]+$/.test(s));
  const parents = new Map(walkFields(module).map((l) => [l.field.id, l.parentId]));
  return keys.every((k, i) => parents.has(k) && parents.get(k) === keys[i - 1]);
}

/** Whether `pointer` is a part inside a shown field's own answer (an address's unknown part). */
function insideAnswer(module: Module, pointer: string): boolean {
  const parent = parentOf(pointer);
  const last = parent.split('/').at(-1) ?? '';
  const field = walkFields(module).find((l) => l.field.id === last)?.field;
  return parent !== '' && isFieldPointer(module, parent) && field?.fields === undefined;
}
