import type { LocalizedText } from '../types';
import { closedProps, LOCALIZED_TEXT_SCHEMA } from './closedProps';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';
import { markdownToHtml } from './markdownToHtml';

/**
 * Information shown between questions (markdown in `markdown`); it holds no answer. The HTML
 * is rendered and sanitized here, once, so no renderer has to trust the author's markdown.
 */
export const infoText: FieldKind = {
  kind: 'info-text',
  label: { it: 'Testo informativo', en: 'Information text' },
  category: 'layout',
  defaults: {
    label: { it: 'Informazioni', en: 'Information' },
    props: {
      markdown: {
        it: 'Scrivi qui le **informazioni** utili a chi compila.',
        en: 'Write the **information** people need here.',
      },
    },
  },
  propsSchema: closedProps(
    {
      markdown: {
        ...LOCALIZED_TEXT_SCHEMA,
        description: 'The text shown, in markdown (sanitized at compile).',
      },
    },
    ['markdown'],
  ),
  hasValue: false,
  lint(field, ctx) {
    const markdown = field.props?.markdown as LocalizedText | undefined;
    const empty = typeof markdown?.it !== 'string' || markdown.it.trim() === '';
    if (empty) return [{ severity: 'warning', code: 'missing_markdown', property: 'markdown' }];
    return ctx.readable(markdown, 'markdown', { markdown: true });
  },
  toJsonSchema() {
    return {};
  },
  toUiSchema(field, ctx) {
    const markdown = prop<LocalizedText | undefined>(field, infoText, 'markdown');
    return { 'ui:kind': infoText.kind, 'ui:infoHtml': markdown ? markdownToHtml(ctx.text(markdown)) : '' };
  },
  sample() {
    return undefined;
  },
};
