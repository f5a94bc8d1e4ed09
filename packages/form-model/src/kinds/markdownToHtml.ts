import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// An own instance: a `marked.use()` elsewhere in the process must not change what we emit.
const marked = new Marked({ gfm: true, breaks: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'h3', 'h4', 'br'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  // Keep the outline of headings the author wrote: the page owns h1/h2, the form sits under them.
  transformTags: { h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4', b: 'strong', i: 'em' },
};

/**
 * Markdown written by office staff, as HTML safe to inject in the Comune's page: only
 * paragraphs, emphasis, lists, h3/h4, line breaks and http(s)/mailto links survive.
 */
export function markdownToHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return sanitizeHtml(html, SANITIZE).trim();
}
