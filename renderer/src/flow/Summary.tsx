import type { Module, Step } from '@modulo/form-model';
import { forwardRef } from 'react';
import type { FeeQuote } from '../model/modelAdapter';
import { text } from '../model/modelAdapter';
import { messages } from '../messages';
import type { AnswerRow } from './formatAnswer';
import { answerRows } from './formatAnswer';
import { FeesBox } from './FeesBox';

export interface SummaryProps {
  module: Module;
  steps: Step[];
  answers: Record<string, unknown>;
  visible: Set<string>;
  fees: FeeQuote;
  lang: string;
  sending?: boolean;
  onEdit(stepId: string): void;
  onSubmit(): void;
  onBack(): void;
}

function Rows({ rows }: { rows: AnswerRow[] }) {
  return (
    <dl className="modulo-summary__list">
      {rows.map((r) => (
        <div key={r.id} className="modulo-summary__row">
          <dt>{r.label}</dt>
          <dd>
            {r.value}
            {r.rows?.length ? <Rows rows={r.rows} /> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * "Riepilogo": every visible answer by step with a "Modifica" link to it, the fees, the
 * declaration wording (Designers Italia) and the submit button.
 */
export const Summary = forwardRef<HTMLHeadingElement, SummaryProps>(function Summary(props, headingRef) {
  const t = messages(props.lang);
  return (
    <div className="modulo-summary" data-element="summary">
      <h2 ref={headingRef} tabIndex={-1} className="modulo-step-title">
        {t.summaryTitle}
      </h2>
      <p className="modulo-lead">{t.summaryIntro}</p>
      {props.steps.map((step) => {
        const title = text(step.title, props.lang);
        return (
          <section key={step.id} className="modulo-summary__step" aria-labelledby={`sum-${step.id}`}>
            <div className="modulo-summary__head">
              <h3 id={`sum-${step.id}`}>{title}</h3>
              <button
                type="button"
                className="btn btn-link"
                onClick={() => props.onEdit(step.id)}
                aria-label={t.editStep(title)}
              >
                {t.edit}
              </button>
            </div>
            <Rows rows={answerRows(step.fields, props.answers, props.visible, props.lang)} />
          </section>
        );
      })}
      <FeesBox quote={props.fees} lang={props.lang} />
      <p className="modulo-declaration">{t.declaration}</p>
      <div className="modulo-nav">
        <button type="button" className="btn btn-outline-primary" onClick={props.onBack}>
          {t.back}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={props.onSubmit}
          disabled={props.sending}
          aria-disabled={props.sending}
        >
          {props.sending ? t.sending : t.submit}
        </button>
      </div>
    </div>
  );
});
