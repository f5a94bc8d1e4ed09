import { forwardRef } from 'react';
import type { AnswerError } from '../model/AnswerValidator';
import { pointerToId } from '../model/AnswerValidator';
import { messages } from '../messages';

export interface ErrorSummaryProps {
  errors: AnswerError[];
  lang: string;
  idPrefix: string;
  /** Labels of the top-level fields, to prefix each message. */
  labels?: Map<string, string>;
}

/** Moves focus to the control of an answer (the first input inside a fieldset). */
export function focusAnswer(root: ParentNode, id: string): void {
  const el = (root as Document).getElementById?.(id) ?? root.querySelector(`#${CSS.escape(id)}`);
  if (!el) return;
  const target = el.matches('input,select,textarea,button')
    ? el
    : el.querySelector('input,select,textarea,button');
  ((target ?? el) as HTMLElement).focus();
}

/**
 * The errors of a step at its top, each a link to its field (WCAG 3.3.1); focused on a failed
 * "Avanti" and announced as an alert (4.1.3). Links work inside a shadow root too.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { errors, lang, idPrefix },
  ref,
) {
  const t = messages(lang);
  if (!errors.length) return null;
  return (
    <div
      ref={ref}
      className="alert alert-danger modulo-error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby={`${idPrefix}-errors-title`}
    >
      <h3 id={`${idPrefix}-errors-title`} className="modulo-error-summary__title">
        {t.errorsTitle(errors.length)}
      </h3>
      <ul>
        {errors.map((e) => {
          const id = pointerToId(idPrefix, e.path);
          return (
            <li key={`${e.path}|${e.code}`}>
              <a
                href={`#${id}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  focusAnswer(ev.currentTarget.getRootNode() as ParentNode, id);
                }}
              >
                {lang === 'en' && e.messageEn ? e.messageEn : e.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
