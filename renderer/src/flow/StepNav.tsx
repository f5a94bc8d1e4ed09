import { messages } from '../messages';

/** A step's buttons: back, "Salva e continua più tardi" (with a server), and next (the form's submit). */
export function StepNav({
  lang,
  onBack,
  onSaveLater,
}: {
  lang: string;
  onBack(): void;
  onSaveLater?: () => void;
}) {
  const t = messages(lang);
  return (
    <div className="modulo-nav">
      <button type="button" className="btn btn-outline-primary" onClick={onBack}>
        {t.back}
      </button>
      {onSaveLater ? (
        <button type="button" className="btn btn-outline-secondary" onClick={onSaveLater}>
          {t.saveLater}
        </button>
      ) : null}
      <button type="submit" className="btn btn-primary">
        {t.next}
      </button>
    </div>
  );
}
