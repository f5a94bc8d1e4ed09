import type { WidgetProps } from '@rjsf/utils';

/**
 * The ids an input's `aria-describedby` lists: its help and its error (both written by our
 * FieldTemplate under these ids) plus any of its own. Only ids that exist are listed.
 */
export function describedBy(
  id: string,
  hasHelp: boolean,
  hasError: boolean,
  ...own: (string | false | undefined)[]
): string | undefined {
  const ids = [hasHelp && `${id}__help`, hasError && `${id}__error`, ...own].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The ARIA and HTML attributes every control of the theme carries (WCAG 1.3.1, 3.3.2, 4.1.2). */
export function controlProps(props: WidgetProps, ...own: (string | false | undefined)[]) {
  const hasError = Boolean(props.rawErrors?.length);
  const auto = props.uiSchema?.['ui:autocomplete'] as string | undefined;
  return {
    id: props.id,
    name: props.htmlName ?? props.id,
    'aria-describedby': describedBy(props.id, Boolean(props.schema.description), hasError, ...own),
    'aria-invalid': hasError ? (true as const) : undefined,
    'aria-required': props.required ? (true as const) : undefined,
    required: props.required,
    disabled: props.disabled,
    readOnly: props.readonly,
    autoComplete: auto,
    onBlur: () => props.onBlur(props.id, props.value),
    onFocus: () => props.onFocus(props.id, props.value),
  };
}
