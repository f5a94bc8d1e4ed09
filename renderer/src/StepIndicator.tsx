export interface StepIndicatorProps {
  steps: { id: string; title: string }[];
  /** 0-based index of the step the citizen is on. */
  current: number;
}

/** The step indicator of a guided procedure (Designers Italia): "Passo 2 di 5" plus the list. */
export function StepIndicator({ steps, current }: StepIndicatorProps) {
  return (
    <nav aria-label="Passi della procedura" className="modulo-steps">
      <p className="modulo-steps__count">
        Passo {current + 1} di {steps.length}
      </p>
      <ol>
        {steps.map((step, i) => (
          <li
            key={step.id}
            aria-current={i === current ? 'step' : undefined}
            className={i < current ? 'done' : i === current ? 'current' : 'todo'}
          >
            {step.title}
            {i < current ? <span className="visually-hidden"> (completato)</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
