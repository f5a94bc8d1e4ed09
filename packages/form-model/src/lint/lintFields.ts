import type { FieldKindRegistry } from '../kinds/FieldKind';
import { builtInRegistry } from '../kinds/registry';
import type { Field, LocalizedText, Module } from '../types';
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

/** Duplicated ids, choices without (distinct) options, empty info texts, steps and sections. */
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
    const options = choiceOptions(field, registry);
    if (options?.length === 0) {
      findings.push({
        severity: 'error',
        code: 'no_options',
        message: `La scelta "${field.id}" non ha opzioni.`,
        path: field.id,
        property: 'options',
      });
    }
    const values = (options ?? []).map((o) => (o as { value?: unknown }).value);
    const repeated = values.filter((v, i) => values.indexOf(v) !== i);
    if (repeated.length > 0) {
      findings.push({
        severity: 'error',
        code: 'duplicate_option',
        message: `La scelta "${field.id}" ripete il valore ${[...new Set(repeated)].map((v) => JSON.stringify(v)).join(', ')}: ogni opzione deve avere un valore diverso.`,
        path: field.id,
        property: 'options',
      });
    }
    const markdown = field.props?.markdown as LocalizedText | undefined;
    if (field.kind === 'info-text' && (typeof markdown?.it !== 'string' || markdown.it.trim() === '')) {
      findings.push({
        severity: 'warning',
        code: 'missing_markdown',
        message: `Il testo informativo "${field.id}" è vuoto.`,
        path: field.id,
        property: 'markdown',
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
