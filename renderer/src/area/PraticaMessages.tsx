import type { FormEvent, RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { ModuloApi, PraticaMessage } from '../api/ModuloApi';
import { ApiError } from '../api/ModuloApi';
import { formatDay } from '../flow/Confirmation';
import { areaMessages } from './areaMessages';

export interface PraticaMessagesProps {
  api: ModuloApi;
  code: string;
  lang: string;
  /** An integration request waits: the form is the answer to it (the term resumes). */
  integrationPending: boolean;
  /** A preavviso di rigetto waits: the form sends the observations (art. 10-bis). */
  observationsOpen?: boolean;
  /** Called after a message is sent, with the pratica's status then. */
  onSent(status: string): void;
  /** The text box, so the integration notice can move focus to it. */
  inputRef?: RefObject<HTMLTextAreaElement | null>;
}

/**
 * The messages between the citizen and the office, and the form to write one with attachments;
 * while an integration is pending the same form answers it. Errors are tied to the text box
 * (`aria-describedby`) and announced; the outcome is announced in a status region.
 */
export function PraticaMessages({
  api,
  code,
  lang,
  integrationPending,
  observationsOpen,
  onSent,
  inputRef,
}: PraticaMessagesProps) {
  const t = areaMessages(lang);
  const [list, setList] = useState<PraticaMessage[]>([]);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const textRef = inputRef ?? ownRef;
  const id = `modulo-msg-${code}`;

  useEffect(() => {
    api.messages(code).then(setList, () => setList([]));
  }, [api, code]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!body.trim()) {
      setError(t.messageRequired);
      textRef.current?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const ids: string[] = [];
      for (const f of files) {
        setStatus(t.uploading(f.name));
        ids.push((await api.uploadForPratica(code, f)).id);
      }
      setStatus(t.sending);
      const r = await api.sendMessage(code, body.trim(), ids);
      setBody('');
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
      setList(await api.messages(code));
      setStatus(
        integrationPending && r.status === 'integrated'
          ? t.integrated
          : observationsOpen
            ? t.observationsSent
            : t.sent,
      );
      onSent(r.status);
    } catch (err) {
      setStatus('');
      const why =
        err instanceof ApiError ? (lang === 'en' && err.messageEn ? err.messageEn : err.message) : '';
      setError(t.sendFailed(why || String(err)));
      textRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const label = integrationPending ? t.answerLabel : observationsOpen ? t.observationsLabel : t.messageLabel;
  const sendLabel = integrationPending ? t.sendAnswer : observationsOpen ? t.sendObservations : t.send;
  return (
    <section aria-labelledby={`${id}-title`} data-element="pratica-messages">
      <h2 id={`${id}-title`}>{t.messagesTitle}</h2>
      {list.length === 0 ? <p>{t.noMessages}</p> : null}
      <ol className="modulo-area__list">
        {list.map((m) => (
          <li key={m.id} className="modulo-area__item" data-sender={m.sender}>
            <p className="modulo-timeline__date">
              {m.sender === 'office' ? t.fromOffice : t.fromYou} · {formatDay(m.at, lang)}
            </p>
            <p>{m.body}</p>
            {m.attachments.length ? (
              <ul>
                {m.attachments.map((a) => (
                  <li key={a.uploadId}>
                    <a href={api.url(`/api/pratiche/${code}/documents/${encodeURIComponent(a.uploadId)}`)}>
                      {a.name}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      <form onSubmit={(e) => void submit(e)} noValidate data-element="pratica-message-form">
        <div className="form-group">
          <label htmlFor={`${id}-body`} className="modulo-label">
            {label}
          </label>
          <textarea
            id={`${id}-body`}
            ref={textRef}
            className={`form-control${error ? ' is-invalid' : ''}`}
            rows={4}
            maxLength={10000}
            required
            aria-required="true"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          <p id={`${id}-help`} className="modulo-hint">
            {t.messageHelp}
          </p>
          {error ? (
            <p id={`${id}-error`} className="modulo-error-text" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="form-group">
          <label htmlFor={`${id}-files`} className="modulo-label">
            {t.attachLabel}
          </label>
          <input
            id={`${id}-files`}
            ref={fileInput}
            type="file"
            multiple
            accept="application/pdf,image/png,image/jpeg"
            className="form-control"
            aria-describedby={`${id}-files-help`}
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
          <p id={`${id}-files-help`} className="modulo-hint">
            {t.attachHelp}
          </p>
        </div>
        <button type="submit" className="btn btn-primary" aria-disabled={busy || undefined}>
          {sendLabel}
        </button>
        <p role="status" className="modulo-hint" data-element="pratica-message-status">
          {status}
        </p>
      </form>
    </section>
  );
}
