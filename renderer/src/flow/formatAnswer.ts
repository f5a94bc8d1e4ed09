import type { Field } from '@modulo/form-model';
import { text } from '../model/modelAdapter';
import { messages } from '../messages';
import { formatEuro } from '../theme/widgets/euro';

/** One answer in words for the summary; groups and lists give nested rows. */
export interface AnswerRow {
  id: string;
  label: string;
  value: string;
  rows?: AnswerRow[];
}

/** The rows of the summary for these fields and answers (visible ones only). */
export function answerRows(
  fields: Field[],
  answers: Record<string, unknown>,
  visible: Set<string> | null,
  lang: string,
): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const field of fields) {
    if (field.kind === 'info-text' || (visible && !visible.has(field.id))) continue;
    rows.push(answerRow(field, answers[field.id], lang));
  }
  return rows;
}

function answerRow(field: Field, value: unknown, lang: string): AnswerRow {
  const t = messages(lang);
  const label = text(field.label, lang);
  const row = (v: string, rows?: AnswerRow[]): AnswerRow => ({
    id: field.id,
    label,
    value: v,
    ...(rows ? { rows } : {}),
  });
  if (value === undefined || value === null || value === '') return row(t.notAnswered);
  switch (field.kind) {
    case 'group':
      return row('', answerRows(field.fields ?? [], value as Record<string, unknown>, null, lang));
    case 'repeatable': {
      const items = Array.isArray(value) ? value : [];
      const itemLabel = text(field.props?.itemLabel as never, lang) || label;
      return row(
        String(items.length),
        items.map((item, i) => ({
          id: `${field.id}-${i}`,
          label: `${itemLabel} ${i + 1}`,
          value: '',
          rows: answerRows(field.fields ?? [], item as Record<string, unknown>, null, lang),
        })),
      );
    }
    case 'address': {
      const a = value as Record<string, string>;
      return row(
        [
          `${a.street ?? ''} ${a.number ?? ''}`.trim(),
          `${a.cap ?? ''} ${a.comune ?? ''} (${a.provincia ?? ''})`,
        ].join(', '),
      );
    }
    case 'amount':
      return row(typeof value === 'number' ? `€ ${formatEuro(value, lang)}` : String(value));
    case 'yes-no':
      return row(value === true ? t.yes : t.no);
    case 'privacy-consent':
      return row(value === true ? t.yes : t.no);
    case 'date': {
      const [y, m, d] = String(value).split('-');
      return row(`${d}/${m}/${y}`);
    }
    case 'single-choice':
      return row(optionLabel(field, value, lang));
    case 'multiple-choice':
      return row((Array.isArray(value) ? value : []).map((v) => optionLabel(field, v, lang)).join(', '));
    case 'attachment': {
      const files = (Array.isArray(value) ? value : [value]) as { name: string }[];
      return row(files.map((f) => f.name).join(', '));
    }
    default:
      return row(String(value));
  }
}

function optionLabel(field: Field, value: unknown, lang: string): string {
  const options = (field.props?.options ?? []) as { value: string; label: { it: string } }[];
  const option = options.find((o) => o.value === value);
  return option ? text(option.label, lang) : String(value);
}
