import { useState } from 'react';
import { followUpsFor, RATING_COMMENT_MAX_LENGTH } from '@modulo/procedure';
import type { RatingFollowUp } from '@modulo/procedure';
import { messages } from '../messages';

/** What the citizen said about the service (criterion C.SE.1.7), as `POST .../rating` takes it. */
export interface RatingAnswer {
  score: number;
  followUp: RatingFollowUp;
  comment?: string;
}

/**
 * The Designers Italia service rating: 1-5 stars for "Quanto è stato facile usare questo
 * servizio?", then the follow-up question for a score below 4 or of 4 and above with its five
 * fixed answers, then free text. `data-element` hooks as the Designers Italia templates.
 */
export function Rating({ lang, onSend }: { lang: string; onSend(r: RatingAnswer): Promise<void> | void }) {
  const t = messages(lang);
  const [score, setScore] = useState(0);
  const [stage, setStage] = useState<1 | 2 | 3 | 'sent'>(1);
  const [answer, setAnswer] = useState<RatingFollowUp>();
  const [detail, setDetail] = useState('');
  const [failed, setFailed] = useState(false);
  const positive = score >= 4;
  // The five fixed answers of the score, worded in the page's language (same order as the codes).
  const labels = positive ? t.ratingHigh : t.ratingLow;
  const options = followUpsFor(score).map((code, i) => ({ code, label: labels[i]! }));
  if (stage === 'sent')
    return (
      <div className="cmp-rating card card-wrapper modulo-rating" data-element="feedback" role="status">
        <p data-element="feedback-rating-thanks">{t.ratingThanks}</p>
      </div>
    );
  return (
    <div className="cmp-rating card card-wrapper modulo-rating" data-element="feedback">
      <h2 className="modulo-rating__title" data-element="feedback-title" id="modulo-rating-title">
        {t.ratingLegend}
      </h2>
      <fieldset className="rating modulo-stars">
        <legend className="visually-hidden">{t.ratingLegend}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <span key={n} className="modulo-star">
            <input
              type="radio"
              id={`modulo-star-${n}`}
              name="modulo-rating"
              value={n}
              checked={score === n}
              onChange={() => {
                setScore(n);
                setAnswer(undefined);
                if (stage === 1) setStage(2);
              }}
            />
            <label
              htmlFor={`modulo-star-${n}`}
              data-element={`feedback-rate-${n}`}
              className={n <= score ? 'active' : undefined}
            >
              <span aria-hidden="true">{n <= score ? '★' : '☆'}</span>
              <span className="visually-hidden">{t.ratingStar(n)}</span>
            </label>
          </span>
        ))}
      </fieldset>
      {stage === 2 ? (
        <fieldset data-element={positive ? 'feedback-rating-positive' : 'feedback-rating-negative'}>
          <legend data-element="feedback-rating-question">{positive ? t.ratingHighQ : t.ratingLowQ}</legend>
          {options.map((o, i) => (
            <div className="form-check" key={o.code}>
              <input
                type="radio"
                id={`modulo-rating-a${i}`}
                name="modulo-rating-answer"
                value={o.code}
                checked={answer === o.code}
                onChange={() => setAnswer(o.code)}
              />
              <label htmlFor={`modulo-rating-a${i}`} data-element="feedback-rating-answer">
                {o.label}
              </label>
            </div>
          ))}
          <button
            type="button"
            className="btn btn-primary btn-sm"
            onClick={() => setStage(3)}
            disabled={!answer}
          >
            {t.ratingNext}
          </button>
        </fieldset>
      ) : null}
      {stage === 3 ? (
        <div className="form-group">
          <label htmlFor="modulo-rating-detail" className="modulo-label">
            {t.ratingDetail}
          </label>
          <textarea
            id="modulo-rating-detail"
            className="form-control"
            rows={3}
            maxLength={RATING_COMMENT_MAX_LENGTH}
            value={detail}
            aria-describedby="modulo-rating-detail-help"
            data-element="feedback-input-text"
            onChange={(e) => setDetail(e.target.value)}
          />
          <p id="modulo-rating-detail-help" className="modulo-hint">
            {t.ratingDetailHelp}
          </p>
          {failed ? (
            <p className="modulo-error" role="alert">
              {t.ratingFailed}
            </p>
          ) : null}
          <button
            type="button"
            className="btn btn-primary btn-sm"
            onClick={() => {
              if (!answer) return;
              setFailed(false);
              Promise.resolve(
                onSend({ score, followUp: answer, ...(detail.trim() ? { comment: detail.trim() } : {}) }),
              )
                .then(() => setStage('sent'))
                .catch(() => setFailed(true));
            }}
          >
            {t.ratingSend}
          </button>
        </div>
      ) : null}
    </div>
  );
}
