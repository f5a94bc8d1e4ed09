import type { Module, Step } from '@modulo/form-model';
import { visibleFields } from '../model/modelAdapter';

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Where a resumed draft opens, as an index into the steps that show for its answers: the step
 * it was saved on when the draft says so, else the first step with a required answer missing
 * (a draft saved before the step was stored, or whose step a newer version dropped), else the last step.
 */
export function resumeStep(module: Module, answers: Record<string, unknown>, saved?: string): number {
  const visible = visibleFields(module, answers);
  const steps: Step[] = module.steps.filter((s) => s.fields.some((f) => visible.has(f.id)));
  const at = steps.findIndex((s) => s.id === saved);
  if (at >= 0) return at;
  const missing = steps.findIndex((s) =>
    s.fields.some((f) => f.required && visible.has(f.id) && isEmpty(answers[f.id])),
  );
  return missing >= 0 ? missing : Math.max(0, steps.length - 1);
}
