import { memo } from 'react';
import { messages } from './messages';

export interface StepIndicatorProps {
  steps: { id: string; title: string }[];
  /** 0-based index of the step the citizen is on. */
  current: number;
  lang?: string;
  /** Go back to a completed step; without it the list is not navigable. */
  onSelect?(index: number): void;
}

/**
 * The step indicator of a guided procedure (Designers Italia): "Passo 2 di 5" plus the list;
 * completed steps are buttons that go back to them.
 */
export const StepIndicator = memo(function StepIndicator({
  steps,
  current,
  lang,
  onSelect,
}: StepIndicatorProps) {
  const t = messages(lang);
  return (
    <nav aria-label={t.steps} className="modulo-steps">
      <p className="modulo-steps__count">{t.stepOf(current + 1, steps.length)}</p>
      <ol>
        {steps.map((step, i) => (
          <li
            key={step.id}
            aria-current={i === current ? 'step' : undefined}
            className={i < current ? 'done' : i === current ? 'current' : 'todo'}
          >
            {i < current && onSelect ? (
              <button type="button" className="btn btn-link modulo-steps__link" onClick={() => onSelect(i)}>
                {step.title}
                <span className="visually-hidden">{t.completed}</span>
              </button>
            ) : (
              <>
                {step.title}
                {i < current ? <span className="visually-hidden">{t.completed}</span> : null}
              </>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
});
