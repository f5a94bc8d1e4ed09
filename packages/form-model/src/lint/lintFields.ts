import type { FieldKindRegistry } from '../kinds/FieldKind';
import { builtInRegistry } from '../kinds/registry';
import { formatError } from '../messages/formatError';
import type { Field, Module } from '../types';
import { walkFields } from '../walkFields';
import type { LintFinding } from './LintFinding';

const CHOICE_KINDS = new Set(['single-choice', 'multiple-choice']);

/** The options of a choice field (its own or the kind's default), or undefined for other kinds. */
export function choiceOptions(
  field: Field,
  registry: FieldKindRegistry = builtInRegistry,
): unknown[] | undefined {
  if (!CHOICE_KINDS.has(field.kind)) return undefined;
  const options = field.props?.options ?? registry.get(field.kind)?.defaults.props.options;
  return Array.isArray(options) ? options : [];
}

/** Duplicated ids, unknown kinds, empty steps and sections, and each kind's own rules (`FieldKind.lint`). */
export function lintFields(module: Module, registry: FieldKindRegistry = builtInRegistry): LintFinding[] {
  const findings: LintFinding[] = [];
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const id of [...module.steps.map((s) => s.id), ...walkFields(module).map((l) => l.field.id)]) {
    if (seen.has(id) && !reported.has(id)) {
      reported.add(id);
      findings.push({
        severity: 'error',
        code: 'duplicate_id',
        message: `L'identificativo "${id}" è usato più di una volta.`,
        path: id,
      });
    }
    seen.add(id);
  }
  for (const step of module.steps) {
    if (step.fields.length === 0) {
      findings.push({
        severity: 'warning',
        code: 'empty_step',
        message: `Il passo "${step.id}" non ha campi.`,
        path: step.id,
      });
    }
  }
  for (const { field } of walkFields(module)) {
    if (!registry.get(field.kind)) {
      findings.push({
        severity: 'error',
        code: 'unknown_kind',
        message: `Tipo di campo sconosciuto "${field.kind}".`,
        path: field.id,
        property: 'kind',
      });
    }
    const kind = registry.get(field.kind);
    for (const found of kind?.lint?.(field, { kinds: registry }) ?? []) {
      const params = { id: field.id, kind: field.kind, ...found.params };
      findings.push({
        severity: found.severity,
        code: found.code,
        message: formatError({ code: found.code, params }, 'it', { registry }),
        path: field.id,
        params,
        ...(found.property ? { property: found.property } : {}),
      });
    }
    if (registry.get(field.kind)?.container && (field.fields ?? []).length === 0) {
      findings.push({
        severity: 'warning',
        code: 'empty_container',
        message: `La sezione "${field.id}" non contiene campi.`,
        path: field.id,
      });
    }
  }
  return findings;
}
