import type { Module } from '@modulo/form-model';
import { pruneHidden, validateSubmission } from '@modulo/form-model';
import type { CliIo } from './io';
import { CliError, readJson } from './io';

/** Errors that only say the answers are unfinished: fees can be quoted, routes found, on a draft. */
const INCOMPLETE = new Set(['required', 'too_few', 'too_short', 'ineligible']);

/**
 * Reads answers for `route` and `fees`: an object whose keys are the module's fields and whose
 * values have the right shape. An unknown field or a wrong value is an error naming its path;
 * a missing answer is not (a draft can be quoted). Hidden answers are dropped, as at filing.
 */
export function readAnswers(io: CliIo, module: Module, path: string | undefined): Record<string, unknown> {
  const data = readJson(io, path, '<data.json>');
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new CliError(`${path}: /: the answers must be a JSON object keyed by field id`);
  const errors = validateSubmission(module, data).filter((e) => !INCOMPLETE.has(e.code));
  if (errors.length) {
    const lines = errors.map((e) => `  ${e.path || '/'}: ${e.messageEn} [${e.code}]`);
    throw new CliError(`${path}: answers do not fit ${module.id}@${module.version}\n${lines.join('\n')}`);
  }
  return pruneHidden(module, data);
}
