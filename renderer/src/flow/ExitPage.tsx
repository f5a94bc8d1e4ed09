import type { Exit } from '@modulo/form-model';
import { forwardRef } from 'react';
import { text } from '../model/modelAdapter';
import { messages } from '../messages';

/** "This procedure is not for you": an eligibility exit stops the path (format 3 `Exit`). */
export const ExitPage = forwardRef<HTMLHeadingElement, { exit: Exit; lang: string; onBack(): void }>(
  function ExitPage({ exit, lang, onBack }, ref) {
    const t = messages(lang);
    return (
      <div className="modulo-exit" data-element="exit">
        <h2 ref={ref} tabIndex={-1} className="modulo-step-title">
          {text(exit.title, lang)}
        </h2>
        <p>{text(exit.message, lang)}</p>
        {exit.link ? (
          <p>
            <a href={exit.link.url}>{text(exit.link.label, lang)}</a>
          </p>
        ) : null}
        <button type="button" className="btn btn-outline-primary" onClick={onBack}>
          {t.exitBack}
        </button>
      </div>
    );
  },
);
