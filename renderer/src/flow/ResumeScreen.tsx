import { forwardRef } from 'react';
import type { Draft } from '../api/ModuloApi';
import { messages } from '../messages';

export interface ResumeScreenProps {
  draft: Draft;
  lang: string;
  onStartOver(): void;
  onResume(): void;
}

/** "Hai una richiesta in sospeso": resume the saved draft (saying what was dropped) or start over. */
export const ResumeScreen = forwardRef<HTMLHeadingElement, ResumeScreenProps>(function ResumeScreen(
  { draft, lang, onStartOver, onResume },
  ref,
) {
  const t = messages(lang);
  return (
    <div className="modulo-resume">
      <h2 ref={ref} tabIndex={-1} className="modulo-step-title">
        {t.resumeTitle}
      </h2>
      <p>{t.resumeText}</p>
      {draft.dropped?.length ? (
        <div className="alert alert-warning">
          <p>{t.dropped}:</p>
          <ul>
            {draft.dropped.map((d) => (
              <li key={`${d.code} ${d.path}`}>{lang === 'en' && d.messageEn ? d.messageEn : d.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="modulo-nav">
        <button type="button" className="btn btn-outline-primary" onClick={onStartOver}>
          {t.startOver}
        </button>
        <button type="button" className="btn btn-primary" onClick={onResume}>
          {t.resume}
        </button>
      </div>
    </div>
  );
});
