import type { ChoiceOption, LocalizedText, Module } from '../types';
import { walkFields } from '../walkFields';
import { gulpease } from './gulpease';
import type { LintFinding } from './LintFinding';
import { choiceOptions } from './lintFields';
import type { FieldKindRegistry } from '../kinds/FieldKind';
import { builtInRegistry } from '../kinds/registry';

/** Below this a text is hard for readers with compulsory schooling only (Lucisano & Piemontese). */
export const GULPEASE_THRESHOLD = 60;

/** Kinds whose answer has a shape the citizen has to be told about (which file, which amount...). */
/** Missing labels, help where it would help, and texts hard to read (Gulpease index). */
export function lintTexts(module: Module, registry: FieldKindRegistry = builtInRegistry): LintFinding[] {
  const findings: LintFinding[] = [];
  const read = (text: LocalizedText | undefined, path: string, property: string, markdown = false) => {
    const it = text?.it.trim() ?? '';
    if (it === '') return;
    const score = gulpease(markdown ? plainText(it) : it);
    if (score < GULPEASE_THRESHOLD) {
      findings.push({
        severity: 'warning',
        code: 'hard_to_read',
        message: `Testo difficile da leggere (${PROPERTY_NAMES[property] ?? property}): indice Gulpease ${Math.round(score)}, sotto ${GULPEASE_THRESHOLD}. Usa frasi e parole più brevi.`,
        path,
        params: { id: path.split('.').at(-1), score: Math.round(score), threshold: GULPEASE_THRESHOLD },
        property,
      });
    }
  };
  const label = (text: LocalizedText | undefined, path: string, property = 'label') => {
    if ((text?.it.trim() ?? '') === '') {
      findings.push({
        severity: 'error',
        code: 'missing_label',
        message: `Manca il testo (${PROPERTY_NAMES[property] ?? property}).`,
        path,
        property,
      });
    }
    read(text, path, property);
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
    for (const option of choiceOptions(field, registry) ?? [])
      label((option as Partial<ChoiceOption>).label, field.id, 'options');
    const markdown = field.props?.markdown as LocalizedText | undefined;
    if (field.kind === 'info-text') read(markdown, field.id, 'markdown', true);
    // Kinds whose answers need a hint say so in their own lint rule (`lintMissingHelp`).
    const needsHelp = typeof field.props?.pattern === 'string';
    if (needsHelp && !field.prefill && (field.help?.it.trim() ?? '') === '') {
      findings.push({
        severity: 'info',
        code: 'missing_help',
        message: `Aggiungi un aiuto a "${field.id}": spiega che cosa inserire e in quale formato.`,
        path: field.id,
        property: 'help',
      });
    }
  }
  return findings;
}

const PROPERTY_NAMES: Record<string, string> = {
  label: 'etichetta',
  title: 'titolo',
  help: 'aiuto',
  description: 'descrizione',
  options: 'opzioni',
  markdown: 'testo informativo',
};

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
