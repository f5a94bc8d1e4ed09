import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { librarySample, libraryModules } from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import { sampleSubmission } from '@modulo/form-model';
import type { ConformanceCase, ConformanceSuite } from './ConformanceCase';
import { edgeCases } from './edgeCases';
import type { BaseSample } from './formatCases';
import { formatCases } from './formatCases';
import { formatThreeCases } from './formatThreeCases';
import { itemCases } from './itemCases';
import { pythonInput } from './pythonInput';
import { structureCases } from './structureCases';

/**
 * The conformance cases, as data (STYLE.md principle 12): for every library module its
 * hand-written and generated samples, every branch of its conditions, and the invalid
 * submissions derived from its fields; then the hand-written edge cases of `cases/*.json`, and
 * the format-3 exits and `requiredWhen` (`formatThreeCases.ts`).
 */
export function buildCases(): ConformanceSuite {
  const library = libraryModules();
  const edge = edgeCases();
  const three = formatThreeCases();
  return {
    modules: [...library, ...edge.modules, ...three.modules],
    cases: [...library.flatMap(moduleCases), ...edge.cases, ...three.cases],
  };
}

/** The cases derived from one library module. */
export function moduleCases(module: Module): ConformanceCase[] {
  const bases: BaseSample[] = [
    { name: 'hand-written sample', data: librarySample(module.id) },
    { name: 'generated sample', data: sampleSubmission(module) },
  ];
  const cases = [
    ...bases.map((b) => ({ module: module.id, name: b.name, data: b.data, expectValid: true })),
    ...structureCases(module, bases),
    ...formatCases(module, bases),
    ...itemCases(module, bases),
  ];
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`${module.id}: two cases named "${c.name}"`);
    names.add(c.name);
  }
  return cases;
}

// `npx tsx test/conformance/buildCases.ts [out.json]` writes what validate.py reads.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = JSON.stringify(pythonInput(buildCases()));
  if (process.argv[2]) writeFileSync(process.argv[2], text);
  else process.stdout.write(text + '\n');
}
