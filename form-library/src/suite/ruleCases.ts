import type { Condition, Exit, Module } from '@modulo/form-model';
import {
  computeFees,
  conditionFields,
  routeSubmission,
  triggeredExit,
  validateSubmission,
} from '@modulo/form-model';
import { expect, it } from 'vitest';
import { branchSamples, drivers } from './branchSamples';

/** The top-level fields that decide `conditions`, with those that decide whether they are shown. */
function decidingFields(
  module: Module,
  conditions: (Condition | undefined)[],
  extra: string[] = [],
): string[] {
  const ids = [...conditions.flatMap(conditionFields), ...extra];
  return [...new Set([...ids.flatMap((id) => drivers(module, id)), ...ids])];
}

/** Samples that try every answer the given fields' rules care about, and reach no exit. */
function samplesFor(module: Module, fieldIds: string[]): Record<string, unknown>[] {
  return branchSamples(module, fieldIds).filter((data) => triggeredExit(module, data) === undefined);
}

/** Each routing rule chooses some valid submission; every route names an office and a responsabile. */
export function registerRoutingCases(module: Module): void {
  const rules = module.procedure.routing ?? [];
  if (rules.length === 0) return;
  it('routes a valid submission through each routing rule', () => {
    const samples = samplesFor(
      module,
      decidingFields(
        module,
        rules.map((r) => r.when),
      ),
    );
    const chosen = new Set<string | undefined>();
    for (const data of samples) {
      expect(validateSubmission(module, data)).toEqual([]);
      const route = routeSubmission(module, data);
      expect(route.office.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(route.responsible.id).toMatch(/^[a-z][a-z0-9-]*$/);
      chosen.add(route.ruleId);
    }
    for (const rule of rules) expect(chosen, `no sample reaches rule ${rule.id}`).toContain(rule.id);
  });
}

/**
 * Each exit stops some submission that is valid but for the exit (`triggeredExit` finds it),
 * and some submission goes on past it.
 */
export function registerExitCases(module: Module): void {
  const exits: { exit: Exit; stepCondition?: Condition }[] = [
    ...(module.exits ?? []).map((exit) => ({ exit })),
    ...module.steps.flatMap((s) => (s.exits ?? []).map((exit) => ({ exit, stepCondition: s.condition }))),
  ];
  for (const { exit, stepCondition } of exits) {
    it(`stops a submission at the exit ${exit.id}, and lets others go on`, () => {
      const samples = branchSamples(module, decidingFields(module, [exit.when, stepCondition]));
      const stopped = samples.find((d) => triggeredExit(module, d)?.exit.id === exit.id);
      expect(stopped, `no sample reaches the exit ${exit.id}`).toBeDefined();
      // Valid but for the exit: once exits compile, `ineligible` is the only error.
      const errors = validateSubmission(module, stopped).filter((e) => e.code !== 'ineligible');
      expect(errors).toEqual([]);
      expect(samples.some((d) => triggeredExit(module, d) === undefined)).toBe(true);
    });
  }
}

/** Fees are deterministic integers within their bounds, and each line applies to some submission. */
export function registerFeeCases(module: Module): void {
  const computed = module.procedure.fees.filter((f) => f.lines !== undefined || f.when !== undefined);
  if (computed.length === 0) return;
  it('computes its fees as deterministic integers within their bounds, each line for some submission', () => {
    const conditions = computed.flatMap((f) => [f.when, ...(f.lines ?? []).map((l) => l.when)]);
    const factors = computed.flatMap((f) =>
      // A list's sample has its fewest items; its count is not a value to vary.
      (f.lines ?? []).flatMap((l) => (l.factors ?? []).flatMap((x) => ('field' in x ? [x.field] : []))),
    );
    const samples = samplesFor(module, decidingFields(module, conditions, factors));
    const applied = new Set<string>();
    for (const data of samples) {
      const quote = computeFees(module, data);
      expect(computeFees(module, structuredClone(data))).toEqual(quote);
      expect(Number.isInteger(quote.totalCents) && quote.totalCents >= 0).toBe(true);
      expect(quote.totalCents).toBe(quote.fees.reduce((s, f) => s + f.totalCents, 0));
      for (const fee of quote.fees) {
        const spec = module.procedure.fees.find((f) => f.id === fee.id)!;
        expect(Number.isInteger(fee.totalCents)).toBe(true);
        expect(fee.totalCents).toBeGreaterThanOrEqual(spec.minCents ?? 0);
        if (spec.maxCents !== undefined) expect(fee.totalCents).toBeLessThanOrEqual(spec.maxCents);
        for (const line of fee.lines) {
          expect(Number.isInteger(line.amountCents) && line.amountCents >= 0).toBe(true);
          applied.add(`${fee.id}/${line.id}`);
        }
      }
    }
    for (const fee of computed) {
      for (const line of fee.lines ?? []) {
        expect(applied, `no sample owes the line ${fee.id}/${line.id}`).toContain(`${fee.id}/${line.id}`);
      }
    }
  });
}
