import type { Timeline } from '@modulo/procedure';
import { useEffect, useState } from 'react';
import type { Draft, ModuloApi, PraticaSummary } from '../api/ModuloApi';
import { formatDay } from '../flow/Confirmation';
import { messages } from '../messages';

/** One pratica as `GET /api/me/pratiche/:code` returns it: the timeline is @modulo/procedure's. */
export interface PraticaDetail {
  code: string;
  title: string;
  protocol?: { number: string | number; date: string };
  office?: { name: string; email?: string; address?: string };
  receiptUrl?: string;
  timeline: Timeline;
}

export interface PersonalAreaProps {
  api: ModuloApi;
  lang?: string;
  /** Link to continue a draft: `{ente}` and `{modulo}` are replaced. */
  formHref?: string;
}

type DraftRow = Draft & { ente: string; moduleId: string; title?: string };

/**
 * "Le mie pratiche": the citizen's pratiche and drafts; one pratica's state timeline with its
 * dates, the responsible and office, the deadline and any suspension, and the receipt.
 */
export function PersonalArea({ api, lang = 'it', formHref }: PersonalAreaProps) {
  const t = messages(lang);
  const [list, setList] = useState<{ pratiche: PraticaSummary[]; drafts: DraftRow[] }>();
  const [error, setError] = useState(false);
  const [open, setOpen] = useState<PraticaDetail>();
  useEffect(() => {
    api.myPratiche().then(setList, () => setError(true));
  }, [api]);
  if (error)
    return (
      <div className="alert alert-danger" role="alert">
        {t.loadFailed}
      </div>
    );
  if (!list) return <p role="status">{t.loading}</p>;
  if (open) return <PraticaView pratica={open} lang={lang} api={api} onBack={() => setOpen(undefined)} />;
  return (
    <div className="modulo-area" lang={lang}>
      <h1 className="modulo-title">{t.myPratiche}</h1>
      {list.pratiche.length === 0 ? <p>{t.noPratiche}</p> : null}
      <ul className="modulo-area__list">
        {list.pratiche.map((p) => (
          <li key={p.code} className="modulo-area__item">
            <h2 className="modulo-area__title">
              <button
                type="button"
                className="btn btn-link"
                onClick={() => void api.pratica(p.code).then((d) => setOpen(d as unknown as PraticaDetail))}
              >
                {p.title} <span className="modulo-area__code">{p.code}</span>
              </button>
            </h2>
            <dl className="modulo-summary__list">
              <div className="modulo-summary__row">
                <dt>{t.status}</dt>
                <dd>
                  {p.statusLabel ?? p.status}
                  {p.suspended ? ` · ${t.suspended}` : ''}
                </dd>
              </div>
              <div className="modulo-summary__row">
                <dt>{t.filedOn}</dt>
                <dd>{formatDay(p.filedAt, lang)}</dd>
              </div>
              {p.answerDueBy ? (
                <div className="modulo-summary__row">
                  <dt>{t.answerBy}</dt>
                  <dd>{formatDay(p.answerDueBy, lang)}</dd>
                </div>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
      {list.drafts.length ? (
        <>
          <h2>{t.drafts}</h2>
          <ul className="modulo-area__list">
            {list.drafts.map((d) => (
              <li key={`${d.ente}/${d.moduleId}`} className="modulo-area__item">
                {d.title ?? d.moduleId} {d.savedAt ? `(${t.savedOn} ${formatDay(d.savedAt, lang)})` : ''}{' '}
                {formHref ? (
                  <a href={formHref.replace('{ente}', d.ente).replace('{modulo}', d.moduleId)}>
                    {t.continueDraft}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** One pratica: where it stands and its history. */
export function PraticaView({
  pratica,
  lang,
  api,
  onBack,
}: {
  pratica: PraticaDetail;
  lang: string;
  api?: ModuloApi;
  onBack?(): void;
}) {
  const t = messages(lang);
  const tl = pratica.timeline;
  return (
    <div className="modulo-area" lang={lang}>
      <h1 className="modulo-title">
        {pratica.title} <span className="modulo-area__code">{pratica.code}</span>
      </h1>
      <dl className="modulo-summary__list">
        <div className="modulo-summary__row">
          <dt>{t.status}</dt>
          <dd>
            {tl.statusLabel}
            {tl.deadline.suspendedNow ? ` · ${t.suspended}` : ''}
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
          <dt>{t.responsible}</dt>
          <dd>{tl.responsible.name ?? tl.responsible.label}</dd>
        </div>
        {pratica.office ? (
          <div className="modulo-summary__row">
            <dt>{t.office}</dt>
            <dd>{pratica.office.name}</dd>
          </div>
        ) : null}
        {tl.answerDueBy ? (
          <div className="modulo-summary__row">
            <dt>{t.answerBy}</dt>
            <dd>{formatDay(tl.answerDueBy, lang)}</dd>
          </div>
        ) : null}
      </dl>
      {tl.citizenAction ? <div className="alert alert-warning">{tl.citizenAction}</div> : null}
      <h2>{t.history}</h2>
      <ol className="modulo-timeline">
        {tl.entries.map((e, i) => (
          <li key={i}>
            <p className="modulo-timeline__date">{formatDay(e.date, lang)}</p>
            <p className="modulo-timeline__title">{e.title}</p>
            <p>{e.detail}</p>
          </li>
        ))}
      </ol>
      {pratica.receiptUrl ? (
        <p>
          <a href={api ? api.url(pratica.receiptUrl) : pratica.receiptUrl}>{t.receiptPdf}</a>
        </p>
      ) : null}
      {onBack ? (
        <button type="button" className="btn btn-outline-primary" onClick={onBack}>
          {t.back}
        </button>
      ) : null}
    </div>
  );
}
