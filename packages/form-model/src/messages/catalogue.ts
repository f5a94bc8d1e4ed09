import { lintEn, lintIt } from './lintMessages';
import { modelEn, modelIt } from './modelMessages';
import type { MessageLang, MessageTemplate } from './ModelIssue';
import { submissionEn, submissionIt } from './submissionMessages';

/**
 * Every message of form-model, per language and code: validation (for citizens), parse and
 * edit operations, lint (for staff). Render one with `formatError`; a field kind may bring its
 * own for a code (`FieldKind.messages`). Every code has an Italian and an English entry
 * (checked by `catalogue.test.ts` against every code the sources use).
 */
export const messages: Readonly<Record<MessageLang, Readonly<Record<string, MessageTemplate>>>> = {
  it: { ...submissionIt, ...modelIt, ...lintIt },
  en: { ...submissionEn, ...modelEn, ...lintEn },
};
