import type { ErrorSchema } from '@rjsf/utils';
import type { AnswerError } from './AnswerValidator';

/**
 * rjsf's `extraErrors` from our errors. An error inside an atomic answer (a file's `size`) is
 * shown on the field itself: `atomic` names the top-level fields drawn as one control.
 */
export function toErrorSchema(errors: AnswerError[], lang: string, atomic: Set<string>): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const error of errors) {
    let parts = error.path
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (parts[0] && atomic.has(parts[0])) parts = parts.slice(0, 1);
    let node = root;
    for (const part of parts) node = (node[part] ??= {}) as Record<string, unknown>;
    const list = (node.__errors ??= []) as string[];
    const text = lang === 'en' && error.messageEn ? error.messageEn : error.message;
    if (!list.includes(text)) list.push(text);
  }
  return root as ErrorSchema;
}
