import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Module } from '@modulo/form-model';
import { checkDateRules, explainError, formatError, romeToday, walkFields } from '@modulo/form-model';
import type { AnswerError, AnswerValidator } from './AnswerValidator';

/** A bare Ajv standalone function, as the server's `validator.js` exports by default. */
export type AjvFunction = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * The validator of a bare standalone function with the messages of the in-page validation
 * (form-model's `validateSubmission`): form-model's `explainError` per Ajv error, the format
 * error before the pattern beside it, no "too short" beside a malformed answer, each error once,
 * and the date rules (not in the schema) on answers the schema found well formed. Exits are
 * the flow's business (`triggeredExit`), not the fields'.
 */
export function explainStandalone(fn: AjvFunction, module: Module): AnswerValidator {
  const fields = new Map(walkFields(module).map((l) => [l.field.id, l.field]));
  return (data) => {
    const dates = checkDateRules(module, data, romeToday());
    if (fn(data)) return dates;
    const errors = (fn.errors ?? []).filter((e) => e.keyword !== 'if' && e.keyword !== 'not');
    errors.sort((a, b) => Number(b.keyword === 'format') - Number(a.keyword === 'format'));
    const explained: AnswerError[] = errors.map((e) => {
      const issue = explainError(e, fields);
      return {
        path: issue.path,
        code: issue.code,
        message: formatError(issue, 'it'),
        messageEn: formatError(issue, 'en'),
      };
    });
    const malformed = new Set(explained.filter((e) => e.code === 'invalid_format').map((e) => e.path));
    const seen = new Set<string>();
    const out = explained.filter((e) => {
      const key = `${e.path}|${e.code}`;
      if ((e.code === 'too_short' && malformed.has(e.path)) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const paths = new Set(out.map((e) => e.path));
    return [...out, ...dates.filter((d) => !paths.has(d.path))];
  };
}
