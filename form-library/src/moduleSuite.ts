import type { Module } from '@modulo/form-model';
import {
  compile,
  lintModule,
  moduleValidator,
  parseModule,
  sampleSubmission,
  schemaId,
  serialize,
  triggeredExit,
  validateSubmission,
} from '@modulo/form-model';
import { describe, expect, it } from 'vitest';
import { answersOfKind, breakCheckCharacter, withAnswer } from './suite/answerPaths';
import { branchSamples, drivers, ownConditions, topLevelFields } from './suite/branchSamples';
import { registerExitCases, registerFeeCases, registerRoutingCases } from './suite/ruleCases';
import { sampleAnswer, sampleWith } from './suite/sampleWith';

/** A hand-written submission the module must accept. */
export interface NamedSample {
  name: string;
  data: unknown;
}

export interface ModuleSuiteOptions {
  /** Realistic filled-in submissions (e.g. samples/<id>.valid.json) that must validate. */
  validSamples?: NamedSample[];
}

/**
 * The contract every module meets, written once and run on each (STYLE.md principle 7):
 * it parses, compiles, lints clean of errors, round-trips, accepts its samples, rejects
 * the invalid submissions derived from its own fields and conditions with the expected paths,
 * routes a submission through each routing rule, stops one at each exit, and computes its fees
 * as deterministic integers within their bounds.
 */
export function moduleSuite(module: Module, options: ModuleSuiteOptions = {}): void {
  const validSamples = options.validSamples ?? [];

  describe(`module ${module.id}`, () => {
    it('parses from its JSON and round-trips through serialize', () => {
      const parsed = parseModule(JSON.parse(serialize(module)));
      expect(parsed).toEqual({ ok: true, value: module });
    });

    it('compiles to a JSON Schema that a 2020-12 validator accepts', () => {
      const { schema, uiSchema } = compile(module);
      expect(schema.$id).toBe(schemaId(module));
      expect(uiSchema['ui:order']).toContain('*');
      expect(() => moduleValidator(module)).not.toThrow();
      const en = compile(module, { lang: 'en' }).schema;
      expect(en.title).toBe(module.title.en ?? module.title.it);
    });

    it('has no lint errors', () => {
      expect(lintModule(module).filter((f) => f.severity === 'error')).toEqual([]);
    });

    it('accepts its generated sample submission', () => {
      const sample = sampleSubmission(module);
      expect(sampleWith(module)).toEqual(sample);
      expect(validateSubmission(module, sample)).toEqual([]);
    });

    for (const { name, data } of validSamples) {
      it(`accepts the hand-written sample ${name}`, () => {
        expect(validateSubmission(module, data)).toEqual([]);
      });
    }

    registerRequiredCases(module);
    registerCodiceFiscaleCases(module, [
      { name: 'generated sample', data: sampleSubmission(module) },
      ...validSamples,
    ]);
    registerConditionCases(module);
    registerRoutingCases(module);
    registerExitCases(module);
    registerFeeCases(module);
  });
}

function registerRequiredCases(module: Module): void {
  const always = topLevelFields(module).filter((t) => t.field.required && ownConditions(t).length === 0);
  for (const { field } of always) {
    it(`requires ${field.id}`, () => {
      const data = sampleSubmission(module);
      delete data[field.id];
      expect(validateSubmission(module, data)).toContainEqual(
        expect.objectContaining({ path: `/${field.id}`, code: 'required' }),
      );
    });
  }
}

function registerCodiceFiscaleCases(module: Module, samples: NamedSample[]): void {
  const fields = module.steps.flatMap((s) => s.fields);
  for (const { name, data } of samples) {
    for (const { path, value } of answersOfKind(fields, data, 'codice-fiscale')) {
      if (typeof value !== 'string') continue;
      it(`rejects a wrong check character in the codice fiscale at ${path} (${name})`, () => {
        const broken = withAnswer(data, path, breakCheckCharacter(value));
        expect(validateSubmission(module, broken)).toContainEqual(
          expect.objectContaining({ path, code: 'invalid_format' }),
        );
      });
    }
  }
}

/**
 * For each top-level field shown only under a condition: every combination of answers to
 * the fields that drive it is a valid submission; an answer given while it is hidden is
 * `not_allowed`; if required, leaving it out while it is shown is `required`.
 */
function registerConditionCases(module: Module): void {
  const conditional = topLevelFields(module).filter((t) => ownConditions(t).length > 0);
  if (conditional.length === 0) return;

  it('accepts a sample for every branch of its conditions', () => {
    // A branch that reaches an exit is refused as `ineligible`: the exit cases cover it.
    const all = conditional
      .flatMap(({ field }) => branchSamples(module, drivers(module, field.id)))
      .filter((data) => triggeredExit(module, data) === undefined);
    for (const data of all)
      expect({ data, errors: validateSubmission(module, data) }).toEqual({ data, errors: [] });
  });

  for (const { field } of conditional) {
    const id = field.id;
    it(`rejects an answer to ${id} while its condition hides it`, () => {
      const hidden = branchSamples(module, drivers(module, id)).find((d) => !Object.hasOwn(d, id));
      expect(hidden, `no combination of answers hides ${id}`).toBeDefined();
      const data = { ...hidden, [id]: sampleAnswer(field) };
      expect(validateSubmission(module, data)).toContainEqual(
        expect.objectContaining({ path: `/${id}`, code: 'not_allowed' }),
      );
    });
    if (!field.required) continue;
    it(`requires ${id} when its condition holds`, () => {
      const shown = branchSamples(module, drivers(module, id)).find((d) => Object.hasOwn(d, id));
      expect(shown, `no combination of answers shows ${id}`).toBeDefined();
      const data = { ...shown };
      delete data[id];
      expect(validateSubmission(module, data)).toContainEqual(
        expect.objectContaining({ path: `/${id}`, code: 'required' }),
      );
    });
  }
}
