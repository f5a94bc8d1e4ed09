import type { FieldKindRegistry } from '../kinds/FieldKind';
import { builtInRegistry } from '../kinds/registry';
import type { Module } from '../types';
import { walkFields } from '../walkFields';
import { completeFindings } from './completeFindings';
import type { LintDraft, LintFinding } from './LintFinding';
import { readable } from './lintTexts';

/** Duplicated ids, unknown kinds, empty steps and sections, and each kind's own rules (`FieldKind.lint`). */
export function lintFields(module: Module, registry: FieldKindRegistry = builtInRegistry): LintFinding[] {
  const findings: LintDraft[] = [];
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const id of [...module.steps.map((s) => s.id), ...walkFields(module).map((l) => l.field.id)]) {
    if (seen.has(id) && !reported.has(id)) {
      reported.add(id);
      findings.push({ severity: 'error', code: 'duplicate_id', subject: id });
    }
    seen.add(id);
  }
  for (const step of module.steps) {
    if (step.fields.length === 0)
      findings.push({ severity: 'warning', code: 'empty_step', subject: step.id });
  }
  const ctx = { kinds: registry, module, readable };
  for (const { field } of walkFields(module)) {
    const kind = registry.get(field.kind);
    if (!kind) {
      findings.push({
        severity: 'error',
        code: 'unknown_kind',
        subject: field.id,
        property: 'kind',
        params: { fieldKind: field.kind },
      });
      continue;
    }
    for (const found of kind.lint?.(field, ctx) ?? []) {
      findings.push({
        severity: found.severity,
        code: found.code,
        subject: field.id,
        params: { id: field.id, kind: field.kind, ...found.params },
        ...(found.property ? { property: found.property } : {}),
      });
    }
    if (kind.container && (field.fields ?? []).length === 0) {
      findings.push({ severity: 'warning', code: 'empty_container', subject: field.id });
    }
  }
  return completeFindings(module, findings, registry);
}
