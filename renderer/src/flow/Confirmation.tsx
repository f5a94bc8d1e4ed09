import { forwardRef } from 'react';
import type { FiledPratica } from '../api/ModuloApi';
import { messages } from '../messages';
import { formatEuro } from '../theme/widgets/euro';
import type { RatingAnswer } from './Rating';
import { Rating } from './Rating';

export interface ConfirmationProps {
  pratica: FiledPratica;
  lang: string;
  receiptHref: string;
  email?: string;
  personalAreaHref?: string;
  /** Other services of the same office, from the ente's catalogue. */
  related?: { title: string; href: string }[];
  onRate(r: RatingAnswer): Promise<void> | void;
}

/** Day in words from an ISO date or timestamp: 2026-12-02 → 2/12/2026. */
export function formatDay(iso: string | undefined, lang: string): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return lang === 'en' ? `${d}/${m}/${y}` : `${Number(d)}/${Number(m)}/${y}`;
}

/**
 * "Richiesta inviata": pratica code, protocol number and date, responsible and office, the
 * deadline, fees, where the receipt went, the PDF receipt, next steps and the rating.
 */
export const Confirmation = forwardRef<HTMLHeadingElement, ConfirmationProps>(
  function Confirmation(props, ref) {
    const t = messages(props.lang);
    const p = props.pratica;
    const due = typeof p.deadline === 'string' ? p.deadline : (p.deadline.dueDate ?? p.deadline.date);
    return (
      <div className="modulo-confirmation" data-element="confirmation">
        <h2 ref={ref} tabIndex={-1} className="modulo-step-title">
          {t.sent}
        </h2>
        <p className="modulo-lead">{t.sentText(p.code)}</p>
        <dl className="modulo-summary__list">
          <div className="modulo-summary__row">
            <dt>{t.protocol}</dt>
            <dd>{t.protocolValue(String(p.protocol.number), formatDay(p.protocol.date, props.lang))}</dd>
          </div>
          <div className="modulo-summary__row">
            <dt>{t.responsible}</dt>
            <dd>{p.responsible.name}</dd>
          </div>
          <div className="modulo-summary__row">
            <dt>{t.office}</dt>
            <dd>
              {p.office.name}
              {p.office.email ? (
                <>
                  {' '}
                  <a href={`mailto:${p.office.email}`}>{p.office.email}</a>
                </>
              ) : null}
            </dd>
          </div>
          <div className="modulo-summary__row">
            <dt>{t.deadline}</dt>
            <dd>{formatDay(due, props.lang)}</dd>
          </div>
          {p.fees && p.fees.totalCents > 0 ? (
            <div className="modulo-summary__row">
              <dt>{t.fees}</dt>
              <dd>€ {formatEuro(p.fees.totalCents, props.lang)}</dd>
            </div>
          ) : null}
        </dl>
        {props.email ? <p>{t.receiptEmail(props.email)}</p> : null}
        <p>
          <a className="btn btn-outline-primary" href={props.receiptHref} download>
            {t.receiptPdf}
          </a>
        </p>
        <h3>{t.nextSteps}</h3>
        <p>{t.nextStepsText}</p>
        {props.personalAreaHref ? (
          <p>
            <a href={props.personalAreaHref}>{t.personalArea}</a>
          </p>
        ) : null}
        {props.related?.length ? (
          <>
            <h3>{t.relatedServices}</h3>
            <ul data-element="related-services">
              {props.related.map((r) => (
                <li key={r.href}>
                  <a href={r.href}>{r.title}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <Rating lang={props.lang} onSend={props.onRate} />
      </div>
    );
  },
);
