import type { MessageParams } from '../messages/ModelIssue';

/**
 * One lint finding about a module, for the designer's checklist: the one issue shape of parse
 * and validation (`{ code, params, path }`, `path` a JSON Pointer into the module) plus a
 * severity and the designer's address of what it is about (`subject`).
 */
export interface LintFinding {
  /** error: the form does not work as meant; warning: it works but hurts citizens; info: a suggestion. */
  severity: 'error' | 'warning' | 'info';
  /** Stable English code, e.g. "hard_to_read". */
  code: string;
  /** What the message says, as data (ids, limits, labels), for `formatError` in any language. */
  params: MessageParams;
  /** JSON Pointer into the module of what the finding is about, e.g. "/steps/0/fields/2/props/options". */
  path: string;
  /**
   * The designer's address of the subject: a field or step id, "module", "procedure", a dotted
   * procedure path ("procedure.substitute", "procedure.fees.<id>") or "exits.<id>".
   */
  subject: string;
  /** Which text or setting of `subject`, when it matters: "label", "help", "options"... */
  property?: string;
  /** Italian, for office staff: `formatError(finding, 'it')`, from the catalogue (or the kind's own). */
  message: string;
}

/** A finding as a rule writes it: what and where; `completeFindings` adds the pointer and message. */
export interface LintDraft {
  severity: LintFinding['severity'];
  code: string;
  subject: string;
  property?: string;
  /** The subject's id is added as `params.id`. */
  params?: MessageParams;
  /** A JSON Pointer when the rule knows it better than `subject` and `property` say. */
  path?: string;
}
