import type { MessageParams } from '../messages/ModelIssue';

/** One lint finding about a module, for the designer's checklist. */
export interface LintFinding {
  /** error: the form does not work as meant; warning: it works but hurts citizens; info: a suggestion. */
  severity: 'error' | 'warning' | 'info';
  /** Stable English code, e.g. "hard_to_read". */
  code: string;
  /** Italian, for office staff. */
  message: string;
  /** The field or step id, or a module-level path such as "procedure.description". */
  path: string;
  /** Which text or setting of `path`, when it matters: "label", "help", "options"... */
  property?: string;
  /** What the message says, as data (ids, limits), for `formatError` in another language. */
  params?: MessageParams;
  /**
   * JSON Pointer into the module of what the finding is about (`/steps/0/fields/2/options`):
   * with `code` and `params`, the one issue shape of parse and validation (see `lintIssue`).
   * `path` stays the designer's address (an id or a dotted procedure path).
   */
  pointer?: string;
}
