import type { LocalizedText, Module, Result, Step } from '../types';
import { ok } from '../types';
import { checkIndex } from './checkIndex';
import { checkText } from './checkText';
import { checkNewId, uniqueFieldId } from './fieldIds';
import { insertAt } from './fieldList';

export interface AddStepArgs {
  /** Position among the steps; default last. */
  index?: number;
  /** Default: made unique from the title. */
  id?: string;
  /** Default: "Nuovo passo". */
  title?: LocalizedText;
}

const DEFAULT_TITLE: LocalizedText = { it: 'Nuovo passo', en: 'New step' };

/** Adds an empty step. */
export function addStep(module: Module, args: AddStepArgs = {}): Result<Module> {
  const index = args.index ?? module.steps.length;
  const problem =
    checkIndex(index, module.steps.length, '/steps') ??
    (args.title === undefined
      ? undefined
      : checkText(args.title, 'title', '/steps', { id: args.id, what: 'step' })) ??
    (args.id === undefined ? undefined : checkNewId(module, args.id, '/steps'));
  if (problem) return { ok: false, error: problem };
  const title = structuredClone(args.title ?? DEFAULT_TITLE);
  const step: Step = { id: args.id ?? uniqueFieldId(module, title.it, 'passo'), title, fields: [] };
  return ok({ ...module, steps: insertAt(module.steps, index, step) });
}
