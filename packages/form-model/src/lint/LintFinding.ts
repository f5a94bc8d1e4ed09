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
}
