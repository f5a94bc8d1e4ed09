import type { Module } from '@modulo/form-model';
import { validateSubmission } from '@modulo/form-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCases } from './buildCases';
import type { ConformanceCase } from './ConformanceCase';
import { pythonInput } from './pythonInput';
import type { PythonResult } from './runPython';
import { pythonJsonschemaVersion, runPython } from './runPython';

const suite = buildCases();
const documents = pythonInput(suite);
const byModule = new Map<string, Module>(suite.modules.map((m) => [m.id, m]));
const results = new Map<string, PythonResult>();
const key = (module: string, name: string) => `${module}\u0000${name}`;

beforeAll(() => {
  pythonJsonschemaVersion();
  runPython(documents).forEach((list, i) => {
    for (const r of list) results.set(key(documents[i]!.module, r.name), r);
  });
});

describe('python-jsonschema (Draft202012Validator) agrees with validateSubmission (Ajv)', () => {
  it('runs on Debian python3 with python-jsonschema 4 or later', () => {
    expect(pythonJsonschemaVersion()).toMatch(/^[4-9]\./);
  });

  it('judged every case and placed every error', () => {
    expect(results.size).toBe(suite.cases.length);
    const unplaced = [...results.values()].filter((r) => r.paths === null).map((r) => r.name);
    expect(unplaced, 'update _UNEXPECTED in validate.py').toEqual([]);
  });

  for (const module of suite.modules) {
    const cases = suite.cases.filter((c) => c.module === module.id);
    describe(module.id, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
    });
  }
});

function check(c: ConformanceCase): void {
  const module = byModule.get(c.module)!;
  const errors = validateSubmission(module, c.data);
  const ajvPaths = [...new Set(errors.map((e) => e.path))].sort();
  const python = results.get(key(c.module, c.name));
  if (!python) throw new Error(`validate.py did not judge ${c.module} / ${c.name}`);
  const context = JSON.stringify({ data: c.data, ajv: errors, python: python.errors }, null, 1);

  expect(errors.length === 0, `Ajv verdict\n${context}`).toBe(c.expectValid);
  for (const path of c.expectPaths ?? []) expect(ajvPaths, `Ajv paths\n${context}`).toContain(path);
  if (c.pythonDiffers) {
    expect(python.valid, `known difference no longer holds: ${c.pythonDiffers}`).toBe(!c.expectValid);
    return;
  }
  expect(python.valid, `python verdict\n${context}`).toBe(c.expectValid);
  if (python.paths) expect(python.paths, `python paths\n${context}`).toEqual(ajvPaths);
}
