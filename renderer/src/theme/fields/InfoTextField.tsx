import type { FieldProps } from '@rjsf/utils';

/**
 * Information text: the HTML compile already made from the module's markdown (sanitised by
 * form-model's `markdownToHtml`: no raw HTML passes through), so it is inserted as is.
 */
export function InfoTextField(props: FieldProps) {
  const html = (props.uiSchema?.['ui:infoHtml'] as string | undefined) ?? '';
  const title = props.schema.title;
  return (
    <div className="modulo-info callout">
      {title ? <p className="modulo-info__title">{title}</p> : null}
      <div className="modulo-info__body" dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
