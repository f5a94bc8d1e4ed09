import { useEffect, useId, useState } from 'react';
import type { ChoiceOption, Field, JsonSchema, LocalizedText } from '@modulo/form-model';
import type { DesignerCommands } from '../state/designerCommands';
import { OptionsEditor } from './OptionsEditor';
import { propControl } from './propControl';
import { CheckInput, SelectInput, TextInput } from './TextInput';

export interface PropEditorProps {
  field: Field;
  name: string;
  schema: JsonSchema;
  description?: string;
  /** The kind's default for this prop, shown when the field does not set it. */
  fallback: unknown;
  commands: DesignerCommands;
}

/** Edits one prop of a field with the control its schema calls for; every change is `setFieldProperty`. */
export function PropEditor({ field, name, schema, description, fallback, commands }: PropEditorProps) {
  const value = field.props?.[name] ?? fallback;
  const set = (v: unknown) =>
    commands.setFieldProperty({ id: field.id, property: `props.${name}`, value: v } as never, true);
  const c = propControl(name, schema);
  switch (c.control) {
    case 'options':
      return <OptionsEditor options={(value as ChoiceOption[] | undefined) ?? []} onChange={set} />;
    case 'number':
      return (
        <TextInput
          label={name}
          type="number"
          hint={description}
          value={value === undefined ? '' : String(value)}
          onChange={(v) => set(v.trim() === '' ? undefined : c.integer ? parseInt(v, 10) : Number(v))}
        />
      );
    case 'boolean':
      return (
        <CheckInput
          label={description ? `${name} — ${description}` : name}
          checked={value === true}
          onChange={set}
        />
      );
    case 'enum':
      return (
        <SelectInput
          label={name}
          value={String(value ?? '')}
          options={[{ value: '', label: '—' }, ...c.values.map((v) => ({ value: v, label: v }))]}
          onChange={(v) => set(v === '' ? undefined : v)}
        />
      );
    case 'localized': {
      const text = value as LocalizedText | undefined;
      return (
        <TextInput
          label={name}
          hint={description}
          multiline={name === 'markdown'}
          value={text?.it ?? ''}
          onChange={(v) => set(v.trim() === '' ? undefined : { ...text, it: v })}
        />
      );
    }
    case 'stringList':
      return (
        <TextInput
          label={name}
          hint={description}
          value={((value as string[] | undefined) ?? []).join(', ')}
          onChange={(v) =>
            set(
              v
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            )
          }
        />
      );
    case 'date':
    case 'text':
      return (
        <TextInput
          label={name}
          hint={description}
          value={typeof value === 'string' ? value : ''}
          onChange={(v) => set(v === '' ? undefined : v)}
        />
      );
    default:
      return <JsonProp name={name} value={value} description={description} onChange={set} />;
  }
}

function JsonProp({
  name,
  value,
  description,
  onChange,
}: {
  name: string;
  value: unknown;
  description?: string;
  onChange(v: unknown): void;
}) {
  const id = useId();
  const text = value === undefined ? '' : JSON.stringify(value, null, 2);
  const [draft, setDraft] = useState(text);
  const [bad, setBad] = useState(false);
  useEffect(() => setDraft(text), [text]);
  return (
    <div className="modulo-input">
      <label htmlFor={id}>{name} (JSON)</label>
      <textarea
        id={id}
        rows={4}
        value={draft}
        aria-invalid={bad}
        aria-describedby={description ? `${id}-hint` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          try {
            onChange(e.target.value.trim() === '' ? undefined : JSON.parse(e.target.value));
            setBad(false);
          } catch {
            setBad(true);
          }
        }}
      />
      {description && (
        <small id={`${id}-hint`} className="modulo-hint">
          {description}
        </small>
      )}
    </div>
  );
}
