import type { WidgetProps } from '@rjsf/utils';
import { useState } from 'react';
import { controlProps } from './describedBy';
import { formatEuro, parseEuro } from './euro';
import { themeContext } from '../formContext';

/**
 * Euro amount: shown and typed in euro, stored as integer cents (form-model's `amount`).
 * What the citizen types stays as typed until blur (no reformatting under the caret); a text
 * that is not an amount is kept as a string so validation reports it.
 */
export function AmountWidget(props: WidgetProps) {
  const { lang } = themeContext(props.registry.formContext);
  const shown = typeof props.value === 'number' ? formatEuro(props.value, lang) : (props.value ?? '');
  const [draft, setDraft] = useState<string | undefined>(undefined);
  return (
    <div className="input-group">
      <span className="input-group-text" aria-hidden="true">
        €
      </span>
      <input
        {...controlProps(props)}
        type="text"
        inputMode="decimal"
        className={`form-control${props.rawErrors?.length ? ' is-invalid' : ''}`}
        value={draft ?? String(shown)}
        onChange={(e) => {
          setDraft(e.target.value);
          const cents = parseEuro(e.target.value, lang);
          props.onChange(e.target.value.trim() === '' ? undefined : (cents ?? e.target.value));
        }}
        onBlur={() => {
          setDraft(undefined);
          props.onBlur(props.id, props.value);
        }}
      />
    </div>
  );
}
