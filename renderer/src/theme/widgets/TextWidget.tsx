import type { WidgetProps } from '@rjsf/utils';
import { controlProps } from './describedBy';

const TYPES: Record<string, string> = { email: 'email', pec: 'email', phone: 'tel', number: 'number' };

/**
 * Short text, e-mail, PEC, phone and number: one Bootstrap Italia `.form-control` input.
 * The label, help and error around it are the FieldTemplate's.
 */
export function TextWidget(props: WidgetProps) {
  const kind = (props.uiSchema?.['ui:kind'] as string | undefined) ?? '';
  const type =
    TYPES[kind] ?? (props.schema.type === 'number' || props.schema.type === 'integer' ? 'number' : 'text');
  const emptyValue = props.options.emptyValue;
  return (
    <input
      {...controlProps(props)}
      type={type}
      className={`form-control${props.rawErrors?.length ? ' is-invalid' : ''}`}
      value={props.value ?? ''}
      inputMode={kind === 'cap' ? 'numeric' : undefined}
      maxLength={typeof props.schema.maxLength === 'number' ? props.schema.maxLength : undefined}
      placeholder={props.placeholder || undefined}
      onChange={(e) => {
        const raw = e.target.value;
        if (raw === '') return props.onChange(emptyValue);
        if (type === 'number') {
          const n = Number(raw);
          return props.onChange(Number.isFinite(n) ? n : raw);
        }
        props.onChange(raw);
      }}
    />
  );
}

/** Long text: a textarea of `ui:options.rows` rows. */
export function TextareaWidget(props: WidgetProps) {
  const rows = typeof props.options.rows === 'number' ? props.options.rows : 5;
  return (
    <textarea
      {...controlProps(props)}
      className={`form-control${props.rawErrors?.length ? ' is-invalid' : ''}`}
      rows={rows}
      value={props.value ?? ''}
      maxLength={typeof props.schema.maxLength === 'number' ? props.schema.maxLength : undefined}
      onChange={(e) => props.onChange(e.target.value === '' ? props.options.emptyValue : e.target.value)}
    />
  );
}

/** CAP: five digits, numeric keyboard on phones. */
export function CapWidget(props: WidgetProps) {
  return (
    <input
      {...controlProps(props)}
      type="text"
      inputMode="numeric"
      maxLength={5}
      className={`form-control modulo-input-short${props.rawErrors?.length ? ' is-invalid' : ''}`}
      value={props.value ?? ''}
      onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value.replace(/\s/g, ''))}
    />
  );
}
