/**
 * Stands in for form-model's `kinds/markdownToHtml.ts` in the embed build (vite.config.ts), which
 * would otherwise bring `marked` and `sanitize-html` (~60 KB gzip): the info-text kind sits in the
 * kind registry that `visibleFields` reads. The embed never compiles a module (the server sends
 * the compiled uiSchema with the HTML already made), so this is only ever reached by mistake, and
 * then it yields the text escaped, never markup.
 */
export function markdownToHtml(markdown: string): string {
  const escaped = markdown.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
  return escaped ? `<p>${escaped}</p>` : '';
}
