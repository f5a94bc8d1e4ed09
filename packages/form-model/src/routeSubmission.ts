import { evaluateCondition } from './evaluateCondition';
import type { Module, Office, Official } from './types';

/** Who gets a submission: the office, the responsabile, and the routing rule that chose them. */
export interface Route {
  office: Office;
  responsible: Official;
  /** The id of the rule that matched; absent when the procedure's own office was used. */
  ruleId?: string;
}

/**
 * Routes a submission: the first rule of `procedure.routing` whose `when` holds for these
 * answers wins; with no rule or no match, the procedure's own office and responsabile.
 * Give it the answers as filed (hidden answers already dropped, as a valid submission has
 * them): a stale answer to a hidden question must not route anything.
 */
export function routeSubmission(module: Module, answers: Record<string, unknown>): Route {
  for (const rule of module.procedure.routing ?? []) {
    if (evaluateCondition(rule.when, answers)) {
      return { office: rule.office, responsible: rule.responsible, ruleId: rule.id };
    }
  }
  return { office: module.procedure.office, responsible: module.procedure.responsible };
}
