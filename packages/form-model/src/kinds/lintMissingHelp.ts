import type { Field } from '../types';
import type { KindLintFinding } from './FieldKind';

/**
 * The lint rule of kinds whose answer has a form citizens get wrong without a hint (an IBAN, a
 * partita IVA, an amount, a file, a list): suggest a help text, unless the answer is prefilled.
 */
export function lintMissingHelp(field: Field): KindLintFinding[] {
  if (field.prefill || (field.help?.it.trim() ?? '') !== '') return [];
  return [{ severity: 'info', code: 'missing_help', property: 'help' }];
}
