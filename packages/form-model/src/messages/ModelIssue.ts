import type { LocalizedText } from '../types';

/**
 * The one shape of every problem form-model reports (parse, edit operations, lint, validation):
 * a stable English `code`, what the message says as data, and where. Messages are rendered per
 * language from the catalogue by `formatError`; no message embeds another language's text.
 */
export interface ModelIssue {
  code: string;
  /** What the message says, as data: ids, limits, and labels as localized texts. */
  params: MessageParams;
  /** JSON Pointer: into the module (parse, operations, lint) or into the answers (validation). */
  path: string;
}

/** The params of an issue; labels stay localized texts until a language is chosen. */
export type MessageParams = Readonly<Record<string, unknown>>;

/** The languages of the catalogue: Italian for citizens and staff, English for integrators. */
export type MessageLang = 'it' | 'en';

/** A message of one code in one language; `name` is the answer's label in that language. */
export type MessageTemplate = (params: MessageParams & { name: string }) => string;

/** A kind's own messages, per error code, in both languages (`FieldKind.messages`). */
export type KindMessages = Readonly<Record<string, { it: MessageTemplate; en: MessageTemplate }>>;

/** A label as params carry it: a localized text (or a plain string, e.g. an official's name). */
export type ParamLabel = LocalizedText | string;
