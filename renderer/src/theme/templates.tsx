import type {
  ArrayFieldItemTemplateProps,
  ArrayFieldTemplateProps,
  FieldTemplateProps,
  ObjectFieldTemplateProps,
  TemplatesType,
} from '@rjsf/utils';
import { messages } from '../messages';
import { themeContext } from './formContext';

/** Kinds whose widget draws its own label (a legend, or a label after the box). */
const OWN_LABEL = new Set([
  'privacy-consent',
  'yes-no',
  'single-choice',
  'multiple-choice',
  'attachment',
  'info-text',
]);

/**
 * One field in Bootstrap Italia markup: label, help (`${id}__help`), the control, the error
 * (`${id}__error`). Widgets point `aria-describedby` at exactly these ids.
 */
export function FieldTemplate(props: FieldTemplateProps) {
  const { id, label, children, hidden, required, displayLabel, rawErrors, rawDescription, schema, uiSchema } =
    props;
  if (hidden) return <div className="d-none">{children}</div>;
  const kind = uiSchema?.['ui:kind'] as string | undefined;
  const widget = uiSchema?.['ui:widget'] as string | undefined;
  const container =
    schema.type === 'object' ||
    (schema.type === 'array' && kind !== 'multiple-choice' && kind !== 'attachment');
  const ownLabel = container || (OWN_LABEL.has(kind ?? '') && widget !== 'select');
  const errors = (rawErrors ?? []).filter(Boolean);
  if (container) return <div className="modulo-container">{children}</div>;
  return (
    <div className={`form-group modulo-field${errors.length ? ' modulo-field--error' : ''}`} data-kind={kind}>
      {displayLabel !== false && !ownLabel ? (
        <label htmlFor={id} className="modulo-label">
          {label}
          {required ? <span aria-hidden="true"> *</span> : null}
        </label>
      ) : null}
      {rawDescription ? (
        <p id={`${id}__help`} className="modulo-help">
          {rawDescription}
        </p>
      ) : null}
      {errors.length ? (
        <p id={`${id}__error`} className="modulo-error-text">
          {errors.join(' ')}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** A group or an address: a fieldset with the field's label as legend; the step root: plain. */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const isRoot = props.fieldPathId.path.length === 0;
  const content = props.properties.filter((p) => !p.hidden).map((p) => <div key={p.name}>{p.content}</div>);
  if (isRoot) return <>{content}</>;
  const errors = (props.errorSchema?.__errors ?? []) as string[];
  const id = props.fieldPathId.$id;
  return (
    <fieldset id={id} className="modulo-group" aria-describedby={errors.length ? `${id}__error` : undefined}>
      <legend className="modulo-legend">
        {props.title}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      {props.description ? <p className="modulo-help">{props.description}</p> : null}
      {errors.length ? (
        <p id={`${id}__error`} className="modulo-error-text">
          {errors.join(' ')}
        </p>
      ) : null}
      {content}
    </fieldset>
  );
}

/** A repeatable list: a fieldset of numbered items, each removable, and an "add" button. */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const t = messages(themeContext(props.registry.formContext).lang);
  const itemLabel =
    (props.uiSchema?.['ui:options'] as { itemLabel?: string } | undefined)?.itemLabel ?? props.title;
  const id = props.fieldPathId.$id;
  const errors = (props.rawErrors ?? []).filter(Boolean);
  return (
    <fieldset id={id} className="modulo-list" aria-describedby={errors.length ? `${id}__error` : undefined}>
      <legend className="modulo-legend">
        {props.title}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      {props.schema.description ? <p className="modulo-help">{props.schema.description}</p> : null}
      {errors.length ? (
        <p id={`${id}__error`} className="modulo-error-text">
          {errors.join(' ')}
        </p>
      ) : null}
      {props.items}
      {props.canAdd ? (
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={props.onAddClick}
          disabled={props.disabled || props.readonly}
        >
          {t.addItem(itemLabel.toLowerCase())}
        </button>
      ) : null}
    </fieldset>
  );
}

/** One item of a repeatable list, with its number and a remove button named after it. */
export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const t = messages(themeContext(props.registry.formContext).lang);
  const itemLabel =
    (props.parentUiSchema?.['ui:options'] as { itemLabel?: string } | undefined)?.itemLabel ?? '';
  const n = props.index + 1;
  return (
    <div className="modulo-list__item">
      <p className="modulo-list__title">{t.item(itemLabel, n)}</p>
      {props.children}
      {props.buttonsProps.hasRemove ? (
        <button
          type="button"
          className="btn btn-outline-secondary btn-xs"
          onClick={props.buttonsProps.onRemoveItem}
          disabled={props.disabled || props.readonly}
        >
          {t.removeItem(itemLabel.toLowerCase(), n)}
        </button>
      ) : null}
    </div>
  );
}

/** Nothing: the flow draws its own buttons and its own error summary. */
function Nothing() {
  return null;
}

/** The theme's templates, in Bootstrap Italia 2 markup. */
export const templates: Partial<Omit<TemplatesType, 'ButtonTemplates'>> & {
  ButtonTemplates?: Partial<TemplatesType['ButtonTemplates']>;
} = {
  FieldTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  ErrorListTemplate: Nothing,
  TitleFieldTemplate: Nothing,
  DescriptionFieldTemplate: Nothing,
  FieldErrorTemplate: Nothing,
  FieldHelpTemplate: Nothing,
  ButtonTemplates: { SubmitButton: Nothing },
};
