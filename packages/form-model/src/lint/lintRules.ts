import type { Condition, Module } from '../types';
import { walkFields } from '../walkFields';
import { alwaysTrue } from './alwaysTrue';
import { completeFindings } from './completeFindings';
import type { LintDraft, LintFinding } from './LintFinding';
import type { FieldFacts } from './neverTrue';
import { neverTrue } from './neverTrue';

/**
 * The procedure's rules read answers: routing rules, exits and fees.
 * - A routing rule that reads an answer some submissions lack (optional or shown only under a
 *   condition) inside a `not` would match exactly those submissions: an error unless the rule
 *   itself first asks for an answer (`{ field, op: 'answered' }` beside it in an `all`), its
 *   fallback for the unanswered case. Outside a `not`, an unanswered field makes the rule fail
 *   and the next rule (in the end the procedure's own office) is the fallback.
 * - A routing rule that can never match: a warning.
 * - An exit that can never trigger, or that stops every submission reaching it: an error.
 * - A fee factor on a field whose answer is not a number: an error; a fee or line whose
 *   condition can never hold: a warning.
 */
export function lintRules(module: Module, facts: FieldFacts): LintFinding[] {
  const findings: LintDraft[] = [];
  const add = (
    severity: LintDraft['severity'],
    code: string,
    subject: string,
    property: string,
    params: LintDraft['params'],
  ) => findings.push({ severity, code, subject, property, params });
  const locations = walkFields(module);
  const top = new Map(locations.filter((l) => l.parentId === undefined).map((l) => [l.field.id, l]));
  const stepOf = new Map(module.steps.map((s) => [s.id, s]));
  // Answered by every submission (that reaches `stepId`, for a step's exit).
  const answeredBy = (stepId?: string) => (id: string) => {
    const l = top.get(id);
    if (!l || !l.field.required || l.field.condition || facts.isUnreachable(id)) return false;
    return l.stepId === stepId || !stepOf.get(l.stepId)?.condition;
  };
  const alwaysAnswered = answeredBy();

  for (const rule of module.procedure.routing ?? []) {
    const subject = `procedure.routing.${rule.id}`;
    for (const id of negatedReads(rule.when)) {
      if (alwaysAnswered(id) || guards(rule.when, id)) continue;
      add('error', 'routing_on_unanswered_field', subject, 'when', { reads: id });
    }
    const why = neverTrue(rule.when, facts);
    if (why) add('warning', 'routing_never_matches', subject, 'when', { why });
  }

  const exits = [
    ...(module.exits ?? []).map((exit) => ({ exit, step: undefined })),
    ...module.steps.flatMap((step) => (step.exits ?? []).map((exit) => ({ exit, step }))),
  ];
  for (const { exit, step } of exits) {
    const subject = `exits.${exit.id}`;
    const why =
      neverTrue(exit.when, facts) ?? (step?.condition ? neverTrue(step.condition, facts) : undefined);
    if (why) {
      add('error', 'exit_never_triggers', subject, 'when', { why });
    } else if (alwaysTrue(exit.when, facts, answeredBy(step?.id))) {
      add('error', 'exit_stops_everyone', subject, 'when', step?.condition ? { step: step.id } : {});
    }
  }

  for (const fee of module.procedure.fees) {
    const subject = `procedure.fees.${fee.id}`;
    const feeWhy = fee.when && neverTrue(fee.when, facts);
    if (feeWhy) add('warning', 'fee_never_applies', subject, 'when', { fee: fee.label, why: feeWhy });
    for (const line of fee.lines ?? []) {
      const lineWhy = line.when && neverTrue(line.when, facts);
      if (lineWhy) {
        add('warning', 'fee_never_applies', subject, 'lines', {
          fee: fee.label,
          line: line.id,
          why: lineWhy,
        });
      }
      for (const factor of line.factors ?? []) {
        if (!('field' in factor)) continue;
        const domain = facts.domain(factor.field);
        if (domain && domain.type !== 'number' && domain.type !== 'unknown') {
          add('error', 'fee_factor_not_a_number', subject, 'lines', {
            fee: fee.label,
            line: line.id,
            reads: factor.field,
          });
        }
      }
    }
  }
  return completeFindings(module, findings);
}

/** The fields read under an odd number of `not`s: those that match when left unanswered. */
function negatedReads(condition: Condition, negated = false): string[] {
  if ('all' in condition) return condition.all.flatMap((c) => negatedReads(c, negated));
  if ('any' in condition) return condition.any.flatMap((c) => negatedReads(c, negated));
  if ('not' in condition) return negatedReads(condition.not, !negated);
  return negated ? [condition.field] : [];
}

/** Whether the condition is an `all` that asks for an answer to `id` outside any `not`. */
function guards(condition: Condition, id: string): boolean {
  if (!('all' in condition)) return false;
  return condition.all.some((c) => ('field' in c && c.field === id) || guards(c, id));
}
