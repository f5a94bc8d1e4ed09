import type { Module } from '@modulo/form-model';

/**
 * One submission checked by every validator of the conformance suite: Modulo's own
 * (`validateSubmission`, Ajv) and a plain 2020-12 validator in another language.
 */
export interface ConformanceCase {
  /** Id of the module whose compiled schema validates `data`. */
  module: string;
  /** Unique within the module. */
  name: string;
  data: unknown;
  expectValid: boolean;
  /** JSON Pointers that must be among the error paths (Modulo's convention). */
  expectPaths?: string[];
  /**
   * Why python-jsonschema is known to give the opposite verdict (a validator limitation, not a
   * schema bug). The suite asserts the difference still holds, so a fix upstream shows up.
   */
  pythonDiffers?: string;
}

/** Modules with the cases that run against them. */
export interface ConformanceSuite {
  modules: Module[];
  cases: ConformanceCase[];
}
