import type { Module } from '../types';
import { walkFields } from '../walkFields';
import { completeFindings } from './completeFindings';
import type { LintDraft, LintFinding } from './LintFinding';
import type { FieldFacts } from './neverTrue';
import { neverTrue } from './neverTrue';
import type { ValueDomain } from './valueDomain';
import { valueDomain } from './valueDomain';
import type { FieldKindRegistry } from '../kinds/FieldKind';
import { builtInRegistry } from '../kinds/registry';

/**
 * Steps and fields the citizen can never reach because their condition can never hold.
 * Only the outermost is reported: the fields of an unreachable step or group follow from it.
 */
export function lintReachability(
  module: Module,
  registry: FieldKindRegistry = builtInRegistry,
): LintFinding[] {
  return reachability(module, registry).findings;
}

/** The reachability findings, and what they establish about each field, for the rules' checks. */
export function reachability(
  module: Module,
  registry: FieldKindRegistry = builtInRegistry,
): { findings: LintFinding[]; facts: FieldFacts } {
  const locations = walkFields(module);
  const domains = new Map<string, ValueDomain>();
  for (const l of locations)
    if (!domains.has(l.field.id)) domains.set(l.field.id, valueDomain(l.field, registry));
  const unreachable = new Set<string>();
  const facts: FieldFacts = {
    domain: (id: string) => domains.get(id),
    isUnreachable: (id: string) => unreachable.has(id),
  };
  const findings: LintDraft[] = [];

  for (const step of module.steps) {
    const why = step.condition && neverTrue(step.condition, facts);
    if (why) {
      findings.push({
        severity: 'warning',
        code: 'unreachable_step',
        subject: step.id,
        property: 'condition',
        params: { why },
      });
    }
    for (const l of locations) {
      if (l.stepId !== step.id) continue;
      if (why || (l.parentId !== undefined && unreachable.has(l.parentId))) {
        unreachable.add(l.field.id);
        continue;
      }
      const fieldWhy = l.field.condition && neverTrue(l.field.condition, facts);
      if (!fieldWhy) continue;
      unreachable.add(l.field.id);
      findings.push({
        severity: 'warning',
        code: 'unreachable_field',
        subject: l.field.id,
        property: 'condition',
        params: { why: fieldWhy },
      });
    }
  }
  return { findings: completeFindings(module, findings, registry), facts };
}
