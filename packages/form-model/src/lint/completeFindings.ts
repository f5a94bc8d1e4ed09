import type { FieldKindRegistry } from '../kinds/FieldKind';
import { builtInRegistry } from '../kinds/registry';
import { formatError } from '../messages/formatError';
import type { Module } from '../types';
import type { LintDraft, LintFinding } from './LintFinding';
import { lintPointer } from './lintPointer';

/**
 * The findings of a rule in the one issue shape: `path` the JSON Pointer of the subject (and
 * property), `params.id` the subject's id, and the Italian `message` from the catalogue (or the
 * kind's own message, when `params.kind` names a kind that has one).
 */
export function completeFindings(
  module: Module,
  drafts: LintDraft[],
  registry: FieldKindRegistry = builtInRegistry,
): LintFinding[] {
  return drafts.map((d) => {
    const params = { id: d.subject.split('.').at(-1), ...d.params };
    const finding: LintFinding = {
      severity: d.severity,
      code: d.code,
      params,
      path: d.path ?? lintPointer(module, d) ?? '',
      subject: d.subject,
      ...(d.property ? { property: d.property } : {}),
      message: formatError({ code: d.code, params }, 'it', { registry }),
    };
    return finding;
  });
}
