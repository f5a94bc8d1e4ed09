import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { parseModule } from '../parseModule';
import { sampleSubmission } from '../sampleSubmission';
import { arbitraryModule } from '../testing/arbitraryModule';
import { submissionVariant } from '../testing/submissionVariants';
import type { Module } from '../types';
import { validateSubmission } from '../validateSubmission';
import { importJsonSchema } from './importJsonSchema';

const LIBRARY = join(import.meta.dirname, '../../../../form-library/modules');
const library = readdirSync(LIBRARY)
  .filter((f) => f.endsWith('.module.json'))
  .map((f) => {
    const parsed = parseModule(readFileSync(join(LIBRARY, f), 'utf8'));
    if (!parsed.ok) throw new Error(`${f}: ${parsed.error.message}`);
    return parsed.value;
  });

/** Submissions near the valid ones: each sample, with one answer removed, retyped, or one key added. */
function mutations(sample: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [sample, { ...sample, estraneo: 'x' }];
  for (const key of Object.keys(sample)) {
    const { [key]: _gone, ...rest } = sample;
    out.push(
      rest,
      { ...sample, [key]: 42 },
      { ...sample, [key]: '' },
      { ...sample, [key]: [] },
      { ...sample, [key]: true },
    );
  }
  return out;
}

const valid = (m: Module, data: unknown) => validateSubmission(m, data).length === 0;

function sameVerdicts(m: Module, submissions: Record<string, unknown>[]) {
  const { module, blocking } = importJsonSchema(compile(m).schema);
  expect(blocking).toEqual([]);
  const differ = submissions.filter((s) => valid(m, s) !== valid(module, s));
  expect({ module: m.id, differ }).toEqual({ module: m.id, differ: [] });
  return module;
}

describe('importJsonSchema on compiled modules', () => {
  it.each(library.map((m) => [m.id, m] as const))('%s imports back with the same verdicts', (_id, m) => {
    const back = sameVerdicts(m, mutations(sampleSubmission(m)));
    expect([back.id, back.version]).toEqual([m.id, m.version]);
  });

  it('property: random modules import back with the same verdicts', () => {
    fc.assert(
      fc.property(
        arbitraryModule(),
        fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), { minLength: 3, maxLength: 6 }),
        (m, seeds) => {
          sameVerdicts(
            m,
            seeds.flatMap((s) => mutations(submissionVariant(m, s))),
          );
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
