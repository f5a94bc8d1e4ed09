import { localize } from '../localize';
import type { Condition, Module } from '../types';
import { walkFields } from '../walkFields';
import { alwaysTrue } from './alwaysTrue';
import type { LintFinding } from './LintFinding';
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
  const findings: LintFinding[] = [];
  const add = (
    severity: LintFinding['severity'],
    code: string,
    message: string,
    path: string,
    property?: string,
  ) => findings.push({ severity, code, message, path, ...(property ? { property } : {}) });
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
    const path = `procedure.routing.${rule.id}`;
    for (const id of negatedReads(rule.when)) {
      if (alwaysAnswered(id) || guards(rule.when, id)) continue;
      add(
        'error',
        'routing_on_unanswered_field',
        `La regola di smistamento "${rule.id}" usa "${id}" dentro un "non": chi non ha risposto a "${id}" (facoltativo o nascosto) verrebbe smistato qui. Aggiungi alla regola "${id}" ha una risposta.`,
        path,
        'when',
      );
    }
    const why = neverTrue(rule.when, facts);
    if (why)
      add(
        'warning',
        'routing_never_matches',
        `La regola di smistamento "${rule.id}" non vale mai: ${why}.`,
        path,
        'when',
      );
  }

  const exits = [
    ...(module.exits ?? []).map((exit) => ({ exit, step: undefined })),
    ...module.steps.flatMap((step) => (step.exits ?? []).map((exit) => ({ exit, step }))),
  ];
  for (const { exit, step } of exits) {
    const path = `exits.${exit.id}`;
    const why =
      neverTrue(exit.when, facts) ?? (step?.condition ? neverTrue(step.condition, facts) : undefined);
    if (why) {
      add('error', 'exit_never_triggers', `L'uscita "${exit.id}" non scatta mai: ${why}.`, path, 'when');
    } else if (alwaysTrue(exit.when, facts, answeredBy(step?.id))) {
      const who = step?.condition ? `chiunque arrivi al passo "${step.id}"` : 'ogni domanda';
      add(
        'error',
        'exit_stops_everyone',
        `L'uscita "${exit.id}" ferma ${who}: il servizio non sarebbe per nessuno.`,
        path,
        'when',
      );
    }
  }

  for (const fee of module.procedure.fees) {
    const path = `procedure.fees.${fee.id}`;
    const label = localize(fee.label);
    const feeWhy = fee.when && neverTrue(fee.when, facts);
    if (feeWhy)
      add('warning', 'fee_never_applies', `Il costo «${label}» non si applica mai: ${feeWhy}.`, path, 'when');
    for (const line of fee.lines ?? []) {
      const lineWhy = line.when && neverTrue(line.when, facts);
      if (lineWhy) {
        add(
          'warning',
          'fee_never_applies',
          `La voce "${line.id}" del costo «${label}» non si applica mai: ${lineWhy}.`,
          path,
          'lines',
        );
      }
      for (const factor of line.factors ?? []) {
        if (!('field' in factor)) continue;
        const domain = facts.domain(factor.field);
        if (domain && domain.type !== 'number' && domain.type !== 'unknown') {
          add(
            'error',
            'fee_factor_not_a_number',
            `La voce "${line.id}" del costo «${label}» moltiplica per "${factor.field}", che non è un numero.`,
            path,
            'lines',
          );
        }
      }
    }
  }
  return findings;
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
