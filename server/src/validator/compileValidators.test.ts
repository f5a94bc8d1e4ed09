import { describe, expect, it } from 'vitest';
import type { RJSFSchema } from '@rjsf/utils';
import { createPrecompiledValidator } from '@rjsf/validator-ajv8';
import {
  answersOfKind,
  breakCheckCharacter,
  libraryModules,
  librarySample,
  withAnswer,
} from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import { compile, sampleSubmission, validateSubmission, walkFields } from '@modulo/form-model';
import { compileValidators } from './compileValidators';

type StandaloneValidate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

/** Loads generated code the way a browser would: as an ES module, no bundler, no `require`. */
const importCode = <T>(code: string): Promise<T> =>
  import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`) as Promise<T>;

/** The library sample, plus invalid ones: a required answer missing, a CF with a wrong check letter, an unknown key. */
function cases(m: Module): { name: string; data: unknown }[] {
  const sample = librarySample(m.id);
  const out = [
    { name: 'hand-written sample', data: sample },
    { name: 'generated sample', data: sampleSubmission(m) },
    { name: 'unknown key', data: { ...sample, nonPrevisto: 'x' } },
    { name: 'not an object', data: [] },
  ];
  const required = m.steps.flatMap((s) => s.fields).find((f) => f.required && !f.condition && f.id in sample);
  if (required) {
    const { [required.id]: _dropped, ...rest } = sample;
    out.push({ name: `missing ${required.id}`, data: rest });
  }
  const fields = walkFields(m).map((l) => l.field);
  for (const cf of answersOfKind(fields, sample, 'codiceFiscale').slice(0, 1)) {
    out.push({
      name: `wrong CF at ${cf.path}`,
      data: withAnswer(sample, cf.path, breakCheckCharacter(String(cf.value))),
    });
  }
  return out;
}

describe('compileValidators', { timeout: 30_000 }, () => {
  const modules = libraryModules();

  it('gives ES modules with no require, no eval and no Function constructor', async () => {
    const { standalone, rjsf } = await compileValidators(compile(modules[0]!).schema);
    for (const code of [standalone, rjsf]) {
      // ucs2length keeps its own source as a string ('require("ajv/dist/runtime/ucs2length")'): not a call.
      expect(code).not.toMatch(/(?<!['"])\brequire\(|\beval\(|new Function|\bFunction\(/);
      expect(code).toMatch(/export\s*\{[^}]*as default/);
    }
    expect(rjsf).toMatch(/export\s*\{[^}]*rootSchema/);
  });

  it.each(modules.map((m) => [m.id, m] as const))(
    '%s: the standalone and rjsf validators agree with validateSubmission',
    async (_id, m) => {
      const { schema } = compile(m);
      const code = await compileValidators(schema);
      const { default: validate } = await importCode<{ default: StandaloneValidate }>(code.standalone);
      const rjsfModule = await importCode<{ default: Record<string, unknown>; rootSchema: RJSFSchema }>(
        code.rjsf,
      );
      const rjsf = createPrecompiledValidator(rjsfModule.default as never, rjsfModule.rootSchema);
      let invalid = 0;
      for (const c of cases(m)) {
        const expected = validateSubmission(m, c.data).length === 0;
        if (!expected) invalid++;
        expect(validate(c.data), `${m.id}: ${c.name}`).toBe(expected);
        const rjsfErrors = rjsf.validateFormData(c.data, rjsfModule.rootSchema).errors;
        expect(rjsfErrors.length === 0, `${m.id}: ${c.name} (rjsf)`).toBe(expected);
      }
      expect(invalid).toBeGreaterThanOrEqual(2);
    },
  );
});
