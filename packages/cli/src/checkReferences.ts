import type { Condition, FeeFactor, Module } from '@modulo/form-model';
import { conditionFields, walkFields } from '@modulo/form-model';
import { CliError } from './io';

/**
 * Refuses a module whose routing rules, fees or exits read a field it does not have, naming the
 * JSON Pointer of the rule: such a rule would silently never match.
 */
export function checkReferences(module: Module, file: string): void {
  const ids = new Set(walkFields(module).map((l) => l.field.id));
  const problems: string[] = [];
  const check = (condition: Condition | undefined, path: string) => {
    for (const id of conditionFields(condition))
      if (!ids.has(id)) problems.push(`  ${path}: reads unknown field "${id}"`);
  };
  const factor = (f: FeeFactor, path: string) => {
    const id = 'field' in f ? f.field : f.countOf;
    if (!ids.has(id)) problems.push(`  ${path}: reads unknown field "${id}"`);
  };
  module.procedure.routing?.forEach((rule, i) => check(rule.when, `/procedure/routing/${i}/when`));
  module.procedure.fees.forEach((fee, i) => {
    check(fee.when, `/procedure/fees/${i}/when`);
    fee.lines?.forEach((line, j) => {
      check(line.when, `/procedure/fees/${i}/lines/${j}/when`);
      line.factors?.forEach((f, k) => factor(f, `/procedure/fees/${i}/lines/${j}/factors/${k}`));
    });
  });
  module.exits?.forEach((exit, i) => check(exit.when, `/exits/${i}/when`));
  module.steps.forEach((step, s) =>
    step.exits?.forEach((exit, i) => check(exit.when, `/steps/${s}/exits/${i}/when`)),
  );
  if (problems.length) throw new CliError(`${file}: invalid module (unknown_field)\n${problems.join('\n')}`);
}
