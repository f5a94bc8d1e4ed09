import type { JsonSchema } from '@modulo/form-model';
import { compile } from '@modulo/form-model';
import type { ConformanceSuite } from './ConformanceCase';

/** What validate.py reads for one schema. */
export interface PythonDocument {
  /** The module id (validate.py ignores it). */
  module: string;
  schema: JsonSchema;
  cases: { name: string; data: unknown }[];
}

/** One document per module that has cases: its compiled schema and the cases' answers. */
export function pythonInput({ modules, cases }: ConformanceSuite): PythonDocument[] {
  return modules
    .map((module) => ({
      module: module.id,
      schema: compile(module).schema,
      cases: cases.filter((c) => c.module === module.id).map(({ name, data }) => ({ name, data })),
    }))
    .filter((d) => d.cases.length > 0);
}
