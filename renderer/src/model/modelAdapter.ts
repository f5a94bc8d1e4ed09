/**
 * The one place the renderer reaches form-model's format-3 functions
 * (docs/decisions/2026-12-02-format3-and-api-contract.md), plus what the renderer adds on top:
 * information texts are shown where their step and condition are (form-model lists only
 * fields that hold an answer).
 */
import {
  computeFees as modelComputeFees,
  evaluateCondition,
  localize,
  pruneHidden as modelPruneHidden,
  triggeredExit as modelTriggeredExit,
  visibleFields as modelVisibleFields,
} from '@modulo/form-model';
import type { Exit, FeeQuote, LocalizedText, Module } from '@modulo/form-model';

export type { FeeQuote, FeeQuoteLine } from '@modulo/form-model';

type Answers = Record<string, unknown>;

/** Ids of the fields shown for these answers, information texts included. */
export function visibleFields(module: Module, answers: Answers): Set<string> {
  const ids = modelVisibleFields(module, answers);
  for (const step of module.steps) {
    if (step.condition && !evaluateCondition(step.condition, answers)) continue;
    for (const field of step.fields)
      if (field.kind === 'info-text' && (!field.condition || evaluateCondition(field.condition, answers)))
        ids.add(field.id);
  }
  return ids;
}

/** The answers without those of hidden fields (nested groups and list items too). */
export function pruneHidden(module: Module, answers: Answers): Answers {
  return modelPruneHidden(module, answers);
}

/** The fees due for these answers, in cents. */
export function computeFees(module: Module, answers: Answers): FeeQuote {
  return modelComputeFees(module, modelPruneHidden(module, answers));
}

/** The exit these answers reach ("this procedure is not for you"), if any. */
export function triggeredExit(module: Module, answers: Answers): { exit: Exit; stepId?: string } | undefined {
  return modelTriggeredExit(module, modelPruneHidden(module, answers));
}

/** Localized text in the page's language, Italian when missing. */
export function text(t: LocalizedText | string | undefined, lang: string): string {
  if (t === undefined) return '';
  return typeof t === 'string' ? t : localize(t, lang);
}
