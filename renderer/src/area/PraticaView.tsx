import { useEffect, useRef, useState } from 'react';
import type { ModuloApi, PraticaDetail } from '../api/ModuloApi';
import { formatDay } from '../flow/Confirmation';
import { messages } from '../messages';
import { areaMessages } from './areaMessages';
import { PraticaDocuments } from './PraticaDocuments';
import { PraticaMessages } from './PraticaMessages';
import { PraticaRating } from './PraticaRating';
import { SubstituteRequest } from './SubstituteRequest';

export interface PraticaViewProps {
  pratica: PraticaDetail;
  lang: string;
  /** Without it the page is read-only: no messages, no requests, no rating. */
  api?: ModuloApi;
  onBack?(): void;
  /** Move focus to the heading on mount (when the citizen opened it from the list). */
  focusOnMount?: boolean;
}

/**
 * One pratica: its state (suspended until when), protocol, who answers now and the office, the
 * answer date, what the citizen must do (an integration to answer), the request to the
 * substitute once the term has passed, the history, the documents, the messages with the office
 * and, once concluded, the rating. The texts of the timeline are @modulo/procedure's, in Italian
 * or English (`timeline.lang`).
 */
export function PraticaView({ pratica: initial, lang, api, onBack, focusOnMount }: PraticaViewProps) {
  const t = messages(lang);
  const a = areaMessages(lang);
  const [pratica, setPratica] = useState(initial);
  useEffect(() => setPratica(initial), [initial]);
  const heading = useRef<HTMLHeadingElement>(null);
  const answerBox = useRef<HTMLTextAreaElement>(null);
  // Kept after the request so its outcome stays announced once the reload hides the offer.
  const [askedSubstitute, setAskedSubstitute] = useState(false);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const reload = () => {
    if (api) void api.pratica(pratica.code, lang).then(setPratica, () => undefined);
  };
  const tl = pratica.timeline;
  const ended = tl.deadline.endedOn !== null;
  // The procedure's texts come in the page's language when the server has it (English), else in
  // Italian, marked as such on a page in another language (WCAG 3.1.2).
  const timelineLang = tl.lang ?? 'it';
  const procLang = timelineLang === lang ? undefined : timelineLang;
  return (
    <div className="modulo-area" lang={lang} data-element="pratica" data-status={tl.status}>
      <h1 className="modulo-title" ref={heading} tabIndex={-1}>
        {pratica.title} <span className="modulo-area__code">{pratica.code}</span>
      </h1>
      <dl className="modulo-summary__list">
        <div className="modulo-summary__row">
          <dt>{t.status}</dt>
          <dd data-element="pratica-status">
            {a.statusLabel(tl.status, tl.statusLabel)}
            {tl.deadline.suspendedNow
              ? ` · ${pratica.suspendedUntil ? a.suspendedUntil(formatDay(pratica.suspendedUntil, lang)) : t.suspended}`
              : ''}
          </dd>
        </div>
        {pratica.protocol ? (
          <div className="modulo-summary__row">
            <dt>{t.protocol}</dt>
            <dd>
              {t.protocolValue(String(pratica.protocol.number), formatDay(pratica.protocol.date, lang))}
            </dd>
          </div>
        ) : null}
        <div className="modulo-summary__row">
          <dt>{a.responsibleNow}</dt>
          <dd lang={procLang}>{tl.responsible.label}</dd>
        </div>
        {pratica.office ? (
          <div className="modulo-summary__row">
            <dt>{a.office}</dt>
            <dd>{pratica.office.name}</dd>
          </div>
        ) : null}
        {tl.answerDueBy ? (
          <div className="modulo-summary__row">
            <dt>{t.answerBy}</dt>
            <dd data-element="pratica-due">{formatDay(tl.answerDueBy, lang)}</dd>
          </div>
        ) : null}
      </dl>
      {pratica.integrationPending && tl.citizenAction ? (
        <section
          className="alert alert-warning"
          aria-labelledby="modulo-integration-title"
          data-element="integration-request"
        >
          <h2 id="modulo-integration-title" className="h4">
            {a.integrationTitle}
          </h2>
          <p lang={procLang}>{tl.citizenAction}</p>
          {tl.citizenActionDueBy ? <p>{a.integrationDue(formatDay(tl.citizenActionDueBy, lang))}</p> : null}
          {api ? (
            <button type="button" className="btn btn-primary" onClick={() => answerBox.current?.focus()}>
              {a.answerIntegration}
            </button>
          ) : null}
        </section>
      ) : tl.citizenAction ? (
        <p className="alert alert-info" lang={procLang}>
          {tl.citizenAction}
        </p>
      ) : null}
      {api && (pratica.canRequestSubstitute || askedSubstitute) ? (
        <SubstituteRequest
          api={api}
          code={pratica.code}
          lang={lang}
          onDone={() => {
            setAskedSubstitute(true);
            reload();
          }}
        />
      ) : null}
      <h2>{t.history}</h2>
      <ol className="modulo-timeline" lang={procLang}>
        {tl.entries.map((e, i) => (
          <li key={i}>
            <p className="modulo-timeline__date">{formatDay(e.date, lang)}</p>
            <p className="modulo-timeline__title">{e.title}</p>
            <p>{e.detail}</p>
          </li>
        ))}
      </ol>
      <PraticaDocuments
        api={api}
        lang={lang}
        receiptUrl={pratica.receiptUrl}
        documents={pratica.documents ?? []}
      />
      {api ? (
        <PraticaMessages
          api={api}
          code={pratica.code}
          lang={lang}
          integrationPending={pratica.integrationPending === true}
          observationsOpen={pratica.observationsOpen === true}
          inputRef={answerBox}
          onSent={reload}
        />
      ) : null}
      {api && ended ? (
        <section aria-label={a.ratingTitle} data-element="pratica-rating">
          <PraticaRating api={api} code={pratica.code} lang={lang} />
        </section>
      ) : null}
      {onBack ? (
        <button type="button" className="btn btn-outline-primary" onClick={onBack}>
          {a.back}
        </button>
      ) : null}
    </div>
  );
}
