import type { ReactNode } from 'react';

/**
 * Stands in for `markdown-to-jsx/react` in the embed build (~25 KB gzip). rjsf's default
 * templates render markdown only with `ui:enableMarkdownInDescription`, which compile never
 * sets, and the Modulo theme replaces those templates: text passes through as text.
 */
export function Markdown({ children }: { children?: ReactNode }) {
  return children ?? null;
}
