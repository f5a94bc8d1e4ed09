import type { FieldKindRegistry, KindLintFinding } from '../kinds/FieldKind';
import { builtInRegistry } from '../kinds/registry';
import type { LocalizedText, Module } from '../types';
import { walkFields } from '../walkFields';
import { completeFindings } from './completeFindings';
import { gulpease } from './gulpease';
import type { LintDraft, LintFinding } from './LintFinding';

/** Below this a text is hard for readers with compulsory schooling only (Lucisano & Piemontese). */
export const GULPEASE_THRESHOLD = 60;

/**
 * `hard_to_read` when the Italian of `text` scores below `GULPEASE_THRESHOLD`, for `property`
 * (markdown is read as the citizen sees it). Shared by this rule and the kinds' own rules
 * (`KindLintContext.readable`: the information text's markdown).
 */
export function readable(
  text: LocalizedText | undefined,
  property: string,
  options: { markdown?: boolean } = {},
): KindLintFinding[] {
  const it = text?.it.trim() ?? '';
  if (it === '') return [];
  const score = Math.round(gulpease(options.markdown ? plainText(it) : it));
  if (score >= GULPEASE_THRESHOLD) return [];
  return [
    {
      severity: 'warning',
      code: 'hard_to_read',
      params: { score, threshold: GULPEASE_THRESHOLD, property },
      property,
    },
  ];
}

/** Missing labels and texts hard to read (Gulpease index); the kinds check their own texts. */
export function lintTexts(module: Module, registry: FieldKindRegistry = builtInRegistry): LintFinding[] {
  const findings: LintDraft[] = [];
  const read = (text: LocalizedText | undefined, subject: string, property: string) => {
    for (const f of readable(text, property)) findings.push({ ...f, subject });
  };
  const label = (text: LocalizedText | undefined, subject: string, property = 'label') => {
    if ((text?.it.trim() ?? '') === '') {
      findings.push({ severity: 'error', code: 'missing_label', subject, property, params: { property } });
    }
    read(text, subject, property);
  };

  label(module.title, 'module', 'title');
  read(module.description, 'module', 'description');
  read(module.procedure.description, 'procedure', 'description');
  for (const a of module.procedure.attachments) {
    label(a.label, `procedure.attachments.${a.id}`);
    read(a.description, `procedure.attachments.${a.id}`, 'description');
  }
  for (const f of module.procedure.fees) {
    label(f.label, `procedure.fees.${f.id}`);
    read(f.description, `procedure.fees.${f.id}`, 'description');
  }
  for (const step of module.steps) {
    label(step.title, step.id, 'title');
    read(step.description, step.id, 'description');
  }
  for (const { field } of walkFields(module)) {
    label(field.label, field.id);
    read(field.help, field.id, 'help');
  }
  return completeFindings(module, findings, registry);
}

/** Markdown as the citizen reads it: no link targets or markup; a line without a full stop ends a sentence. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/[*_`#>|]/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-+]|\d+\.)\s+/, '').trim())
    .filter((line) => line !== '')
    .map((line) => (/[.!?;:…]$/.test(line) ? line : `${line}.`))
    .join(' ');
}
