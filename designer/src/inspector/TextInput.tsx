import { useEffect, useId, useState } from 'react';

export interface TextInputProps {
  label: string;
  value: string;
  /** Called on each change; the model may refuse (the refusal banner says why). */
  onChange(value: string): void;
  multiline?: boolean;
  type?: 'text' | 'number' | 'email' | 'tel' | 'url';
  hint?: string;
  /** Extra attributes for tests and the bench. */
  name?: string;
}

/**
 * A labelled input that keeps what the user typed even when the model refuses it (a blank
 * label), and follows the model when it changes from elsewhere (undo).
 */
export function TextInput({ label, value, onChange, multiline, type = 'text', hint, name }: TextInputProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const props = {
    id,
    name,
    value: draft,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      onChange(e.target.value);
    },
  };
  return (
    <div className="modulo-input">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type={type} {...props} />}
      {hint && (
        <small id={`${id}-hint`} className="modulo-hint">
          {hint}
        </small>
      )}
    </div>
  );
}

/** A labelled checkbox. */
export function CheckInput({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(v: boolean): void;
}) {
  const id = useId();
  return (
    <div className="modulo-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A labelled select of values. */
export function SelectInput({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(v: string): void;
}) {
  const id = useId();
  return (
    <div className="modulo-input">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
