import type { WidgetProps } from '@rjsf/utils';
import { messages } from '../../messages';
import { themeContext } from '../formContext';
import { describedBy } from './describedBy';

interface Option {
  value: unknown;
  label: string;
}

/** The options of a choice: rjsf's `enumOptions` (from `oneOf` const/title). */
function optionsOf(props: WidgetProps): Option[] {
  return (props.options.enumOptions ?? []) as Option[];
}

/**
 * A group of radios or checkboxes as a `fieldset` whose `legend` is the field's label
 * (WCAG 1.3.1): the group carries help and error by `aria-describedby`.
 */
function ChoiceGroup(
  props: WidgetProps & {
    type: 'radio' | 'checkbox';
    options2: Option[];
    checked: (v: unknown) => boolean;
    toggle: (v: unknown, on: boolean) => void;
    inline?: boolean;
  },
) {
  const hasError = Boolean(props.rawErrors?.length);
  return (
    <fieldset
      id={props.id}
      className="modulo-choice"
      aria-describedby={describedBy(props.id, Boolean(props.schema.description), hasError)}
      aria-required={props.type === 'radio' && props.required ? true : undefined}
      aria-invalid={props.type === 'radio' && hasError ? true : undefined}
      role={props.type === 'radio' ? 'radiogroup' : undefined}
    >
      <legend className="modulo-legend">
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      <div className={props.inline ? 'modulo-choice__inline' : undefined}>
        {props.options2.map((o, i) => {
          const id = `${props.id}-${i}`;
          return (
            <div className={`form-check${props.inline ? ' form-check-inline' : ''}`} key={String(o.value)}>
              <input
                type={props.type}
                id={id}
                name={props.htmlName ?? props.id}
                checked={props.checked(o.value)}
                disabled={props.disabled || props.readonly}
                aria-invalid={props.type === 'checkbox' && hasError ? true : undefined}
                onChange={(e) => props.toggle(o.value, e.target.checked)}
                onBlur={() => props.onBlur(props.id, props.value)}
                onFocus={() => props.onFocus(props.id, props.value)}
              />
              <label htmlFor={id}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Single choice shown as radios. */
export function RadioWidget(props: WidgetProps) {
  return (
    <ChoiceGroup
      {...props}
      type="radio"
      options2={optionsOf(props)}
      checked={(v) => props.value === v}
      toggle={(v) => props.onChange(v)}
    />
  );
}

/** Yes / no: two inline radios holding `true` / `false`. */
export function YesNoWidget(props: WidgetProps) {
  const t = messages(themeContext(props.registry.formContext).lang);
  const yes = (props.options.yesLabel as string | undefined) ?? t.yes;
  const no = (props.options.noLabel as string | undefined) ?? t.no;
  return (
    <ChoiceGroup
      {...props}
      type="radio"
      inline
      options2={[
        { value: true, label: yes },
        { value: false, label: no },
      ]}
      checked={(v) => props.value === v}
      toggle={(v) => props.onChange(v)}
    />
  );
}

/** Multiple choice: checkboxes holding a list of values, in the options' order. */
export function CheckboxesWidget(props: WidgetProps) {
  const options = optionsOf(props);
  const current = Array.isArray(props.value) ? (props.value as unknown[]) : [];
  return (
    <ChoiceGroup
      {...props}
      type="checkbox"
      options2={options}
      checked={(v) => current.includes(v)}
      toggle={(v, on) => {
        const next = options.map((o) => o.value).filter((x) => (x === v ? on : current.includes(x)));
        props.onChange(next.length ? next : undefined);
      }}
    />
  );
}

/** Single choice shown as a select (long lists). */
export function SelectWidget(props: WidgetProps) {
  const hasError = Boolean(props.rawErrors?.length);
  const t = messages(themeContext(props.registry.formContext).lang);
  const options = optionsOf(props);
  const index = options.findIndex((o) => o.value === props.value);
  return (
    <div className="select-wrapper">
      <select
        id={props.id}
        name={props.htmlName ?? props.id}
        className={`form-select${hasError ? ' is-invalid' : ''}`}
        value={index < 0 ? '' : String(index)}
        required={props.required}
        aria-required={props.required ? true : undefined}
        aria-invalid={hasError ? true : undefined}
        aria-describedby={describedBy(props.id, Boolean(props.schema.description), hasError)}
        disabled={props.disabled || props.readonly}
        onChange={(e) =>
          props.onChange(e.target.value === '' ? undefined : options[Number(e.target.value)]?.value)
        }
        onBlur={() => props.onBlur(props.id, props.value)}
        onFocus={() => props.onFocus(props.id, props.value)}
      >
        <option value="">{t.notAnswered}</option>
        {options.map((o, i) => (
          <option key={String(o.value)} value={String(i)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Privacy consent (and other declarations to tick): one checkbox whose label is the field's. */
export function ConsentWidget(props: WidgetProps) {
  const hasError = Boolean(props.rawErrors?.length);
  const policyUrl = props.options.policyUrl as string | undefined;
  return (
    <div className="form-check modulo-consent">
      <input
        type="checkbox"
        id={props.id}
        name={props.htmlName ?? props.id}
        checked={props.value === true}
        required={props.required}
        aria-required={props.required ? true : undefined}
        aria-invalid={hasError ? true : undefined}
        aria-describedby={describedBy(props.id, Boolean(props.schema.description), hasError)}
        disabled={props.disabled || props.readonly}
        onChange={(e) => props.onChange(e.target.checked ? true : undefined)}
        onBlur={() => props.onBlur(props.id, props.value)}
        onFocus={() => props.onFocus(props.id, props.value)}
      />
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {policyUrl ? (
        <p className="modulo-hint">
          <a href={policyUrl} target="_blank" rel="noopener noreferrer">
            {policyUrl}
          </a>
        </p>
      ) : null}
    </div>
  );
}
