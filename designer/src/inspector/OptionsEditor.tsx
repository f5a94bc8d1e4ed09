import { useId, useState } from 'react';
import type { ChoiceOption } from '@modulo/form-model';
import { toCamelId } from '@modulo/form-model';
import { useT } from '../i18n/useT';

export interface OptionsEditorProps {
  options: ChoiceOption[];
  /** Sets the whole list (one `setFieldProperty('props.options')`). */
  onChange(options: ChoiceOption[]): void;
}

/** A value for an option from its text: letters, digits and "-" (what option values allow). */
export function optionValue(text: string, taken: Set<string>): string {
  const base =
    toCamelId(text, 'opzione')
      .replace(/(?=[A-Z])/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'opzione';
  let value = base;
  for (let n = 2; taken.has(value); n++) value = `${base}-${n}`;
  taken.add(value);
  return value;
}

/** The options of a choice field: edit, reorder, add, remove, or replace by pasting a list. */
export function OptionsEditor({ options, onChange }: OptionsEditorProps) {
  const t = useT();
  const [paste, setPaste] = useState('');
  const pasteId = useId();
  const set = (i: number, patch: Partial<ChoiceOption>) =>
    onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const move = (i: number, d: number) => {
    const next = [...options];
    const [o] = next.splice(i, 1);
    next.splice(i + d, 0, o!);
    onChange(next);
  };
  return (
    <fieldset className="modulo-options">
      <legend>{t('inspector.options')}</legend>
      <ol>
        {options.map((o, i) => (
          <li key={i}>
            <label>
              {t('inspector.optionLabel')} {i + 1}
              <input
                value={o.label.it}
                onChange={(e) => set(i, { label: { ...o.label, it: e.target.value } })}
              />
            </label>
            <label>
              {t('inspector.optionValue')} {i + 1}
              <input value={o.value} onChange={(e) => set(i, { value: e.target.value })} />
            </label>
            <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
              {t('canvas.up')}
              <span className="modulo-sr"> {o.label.it}</span>
            </button>
            <button type="button" disabled={i === options.length - 1} onClick={() => move(i, 1)}>
              {t('canvas.down')}
              <span className="modulo-sr"> {o.label.it}</span>
            </button>
            <button type="button" onClick={() => onChange(options.filter((_, j) => j !== i))}>
              {t('canvas.remove')}
              <span className="modulo-sr"> {o.label.it}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          const taken = new Set(options.map((o) => o.value));
          const label = `Opzione ${options.length + 1}`;
          onChange([...options, { value: optionValue(label, taken), label: { it: label } }]);
        }}
      >
        {t('inspector.addOption')}
      </button>
      <label htmlFor={pasteId}>{t('inspector.pasteOptions')}</label>
      <textarea id={pasteId} rows={3} value={paste} onChange={(e) => setPaste(e.target.value)} />
      <button
        type="button"
        disabled={paste.trim() === ''}
        onClick={() => {
          onChange(optionsFromList(paste));
          setPaste('');
        }}
      >
        {t('inspector.applyPaste')}
      </button>
    </fieldset>
  );
}

/** Options from pasted lines (blank lines skipped); values derived from the text, distinct. */
export function optionsFromList(text: string): ChoiceOption[] {
  const taken = new Set<string>();
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((label) => ({ value: optionValue(label, taken), label: { it: label } }));
}
