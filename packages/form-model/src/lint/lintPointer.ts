import { placeFields } from '../references';
import type { Module } from '../types';
import type { LintDraft } from './LintFinding';

/** Where each `property` of a finding sits inside its subject. */
const PROPERTY_POINTER: Record<string, string> = {
  options: '/props/options',
  markdown: '/props/markdown',
  lines: '/lines',
};

/**
 * The JSON Pointer into the module of a finding's `subject` (a field or step id, "module",
 * "procedure", "procedure.fees.<id>", "exits.<id>"...) and `property`: the address parse and
 * validation errors use, for the one issue shape. `undefined` when the subject is not found.
 */
export function lintPointer(
  module: Module,
  finding: Pick<LintDraft, 'subject' | 'property'>,
): string | undefined {
  const base = subjectPointer(module, finding.subject);
  if (base === undefined) return undefined;
  const property = finding.property;
  if (!property) return base;
  return `${base}${PROPERTY_POINTER[property] ?? `/${property}`}`;
}

function subjectPointer(module: Module, path: string): string | undefined {
  if (path === 'module') return '';
  const [head, list, id] = path.split('.');
  if (head === 'procedure') {
    if (list === undefined) return '/procedure';
    if (id === undefined) return `/procedure/${list}`;
    const items = (module.procedure as unknown as Record<string, { id: string }[] | undefined>)[list] ?? [];
    const i = items.findIndex((x) => x.id === id);
    return i < 0 ? undefined : `/procedure/${list}/${i}`;
  }
  if (head === 'exits' && list !== undefined) {
    const top = (module.exits ?? []).findIndex((e) => e.id === list);
    if (top >= 0) return `/exits/${top}`;
    for (const [si, step] of module.steps.entries()) {
      const i = (step.exits ?? []).findIndex((e) => e.id === list);
      if (i >= 0) return `/steps/${si}/exits/${i}`;
    }
    return undefined;
  }
  const step = module.steps.findIndex((s) => s.id === path);
  if (step >= 0) return `/steps/${step}`;
  return placeFields(module).find((p) => p.field.id === path)?.pointer;
}
