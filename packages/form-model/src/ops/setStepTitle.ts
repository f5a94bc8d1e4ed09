import type { LocalizedText, Module, Result } from '../types';
import { ok } from '../types';
import { checkText } from './checkText';
import { refuse } from '../messages/modelError';
import { pointerOf } from './pointerOf';

export interface SetStepTitleArgs {
  stepId: string;
  title: LocalizedText;
  /** When present: the step's description; an empty Italian text removes it. */
  description?: LocalizedText;
}

/** Sets the title (and, if given, the description) citizens read at the top of a step. */
export function setStepTitle(module: Module, args: SetStepTitleArgs): Result<Module> {
  const { stepId, title, description } = args;
  const step = module.steps.find((s) => s.id === stepId);
  if (!step) return refuse('unknown_step', { id: stepId }, '', { id: stepId });
  const at = pointerOf(module, stepId);
  const bad = checkText(title, 'title', at, { id: stepId, what: 'step' });
  if (bad) return { ok: false, error: bad };
  let next = { ...step, title: structuredClone(title) };
  if (description !== undefined) {
    if (typeof description?.it === 'string' && description.it.trim() === '') {
      const { description: _gone, ...rest } = next;
      next = rest;
    } else {
      const badText = checkText(description, 'description', at, { id: stepId, what: 'step' });
      if (badText) return { ok: false, error: badText };
      next = { ...next, description: structuredClone(description) };
    }
  }
  return ok({ ...module, steps: module.steps.map((s) => (s === step ? next : s)) });
}
