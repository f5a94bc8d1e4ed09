import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sampleSubmission, validateSubmission } from '@modulo/form-model';
import { describe, expect, it } from 'vitest';
import type { AnswerValidator } from '../model/AnswerValidator';
import { sampleModule } from '../testing/sampleModules';
import { buildValidatorModule } from './buildValidatorModule';

describe('buildValidatorModule', () => {
  it('gives the same errors as validateSubmission, from code that needs no eval', async () => {
    const module = sampleModule('contributo');
    const code = await buildValidatorModule(module);
    expect(code).not.toMatch(/new Function|\beval\(/);
    const file = join(mkdtempSync(join(tmpdir(), 'modulo-validator-')), 'validator.js');
    writeFileSync(file, code);
    const { validateAnswers } = (await import(pathToFileURL(file).href)) as {
      validateAnswers: AnswerValidator;
    };
    const good = sampleSubmission(module) as Record<string, unknown>;
    expect(validateAnswers(good, 'it')).toEqual([]);
    const bad = { ...good, codiceFiscale: 'RSSMRA85T10A562X', privacy: undefined, extra: 1 };
    expect(validateAnswers(bad, 'it')).toEqual(validateSubmission(module, bad));
    expect(
      validateAnswers(bad, 'it')
        .map((e) => e.code)
        .sort(),
    ).toEqual(['invalid_format', 'not_allowed', 'required']);
    expect(code.length).toBeLessThan(120_000);
    // esbuild and Ajv code generation: seconds on a loaded 2-core machine.
  }, 30_000);
});
