import { useState } from 'react';
import type { ModuloApi } from '../api/ModuloApi';
import { ApiError } from '../api/ModuloApi';
import { formatDay } from '../flow/Confirmation';
import { areaMessages } from './areaMessages';

/**
 * Once the term has passed: "Chiedi l'intervento del titolare del potere sostitutivo" (art. 2
 * c. 9-ter L. 241/1990). The outcome is announced; the button goes once the request is made.
 */
export function SubstituteRequest({
  api,
  code,
  lang,
  onDone,
}: {
  api: ModuloApi;
  code: string;
  lang: string;
  onDone(): void;
}) {
  const t = areaMessages(lang);
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = `modulo-substitute-${code}`;
  const ask = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const r = await api.requestSubstitute(code);
      setDone(
        t.substituteDone(r.substitute, r.substituteDueDate ? formatDay(r.substituteDueDate, lang) : null),
      );
      onDone();
    } catch (e) {
      const why =
        e instanceof ApiError ? (lang === 'en' && e.messageEn ? e.messageEn : e.message) : String(e);
      setError(t.substituteFailed(why));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section
      className="alert alert-warning"
      aria-labelledby={`${id}-title`}
      data-element="substitute-request"
    >
      <h2 id={`${id}-title`} className="h4">
        {t.substituteTitle}
      </h2>
      <p id={`${id}-help`}>{t.substituteHelp}</p>
      {done ? null : (
        <button
          type="button"
          className="btn btn-primary"
          aria-describedby={`${id}-help`}
          aria-disabled={busy || undefined}
          onClick={() => void ask()}
        >
          {t.substituteAsk}
        </button>
      )}
      <p role="status">{done}</p>
      {error ? (
        <p role="alert" className="modulo-error-text">
          {error}
        </p>
      ) : null}
    </section>
  );
}
