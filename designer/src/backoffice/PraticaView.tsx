import { useEffect, useId, useRef, useState } from 'react';
import type { ApiResult } from '../api/DesignerApi';
import type { AuditLogProps } from './AuditLog';
import { AuditLog } from './AuditLog';
import type { ActionType, PraticaDetail } from './BackofficeApi';
import { useBt } from './backofficeMessages';
import { dueText, italianDate } from './dueText';

export interface PraticaViewProps {
  pratica: PraticaDetail;
  onBack(): void;
  onAction(type: ActionType): void;
  /** Sends the office's message to the citizen; absent: no message form. */
  onSendMessage?(body: string): Promise<ApiResult<unknown>>;
  /** The pratica's audit log and its CSV download; absent: no log section. */
  audit?: AuditLogProps;
  /** Where a document of the pratica downloads; absent: names without links. */
  attachmentHref?(uploadId: string): string;
  /** Changes when the focus must come back to the title (a dialog closed): keyboard users. */
  focusKey?: number;
}

const show = (v: unknown): string =>
  typeof v === 'boolean'
    ? v
      ? 'sì'
      : 'no'
    : typeof v === 'object' && v !== null
      ? JSON.stringify(v)
      : String(v);

/** One pratica: its data, answers, attachments, timeline and messages, and the actions its state allows. */
export function PraticaView({
  pratica: p,
  onBack,
  onAction,
  onSendMessage,
  audit,
  attachmentHref,
  focusKey = 0,
}: PraticaViewProps) {
  const t = useBt();
  const id = useId();
  const named = (uploadId: string, name: string) =>
    attachmentHref ? (
      <a href={attachmentHref(uploadId)} download={name}>
        {name}
      </a>
    ) : (
      name
    );
  const title = useRef<HTMLHeadingElement>(null);
  // Opening a pratica, or closing one of its dialogs (whose button may be gone), puts the focus
  // on the title, so the keyboard goes on from the pratica and not from the top of the page.
  useEffect(() => {
    title.current?.focus();
  }, [p.code, focusKey]);
  const [draft, setDraft] = useState('');
  const [sendError, setSendError] = useState<string | undefined>();
  const send = async () => {
    const r = await onSendMessage!(draft);
    if (r.ok) {
      setDraft('');
      setSendError(undefined);
    } else setSendError(r.error.message);
  };
  return (
    <article aria-labelledby={`${id}-title`} className="modulo-pratica">
      <button type="button" onClick={onBack}>
        {t('pratica.back')}
      </button>
      <h2 id={`${id}-title`} ref={title} tabIndex={-1}>
        {p.subject}
      </h2>
      <section aria-labelledby={`${id}-data`}>
        <h3 id={`${id}-data`}>{t('pratica.data')}</h3>
        <dl className="modulo-dl">
          <dt>{t('pratica.code')}</dt>
          <dd>
            <code>{p.code}</code>
          </dd>
          <dt>{t('inbox.protocol')}</dt>
          <dd>
            {p.protocol.segnatura} — {italianDate(p.protocol.date)}
          </dd>
          <dt>{t('inbox.procedure')}</dt>
          <dd>
            {p.module.title ?? p.module.id} ({p.module.id} {p.module.version})
          </dd>
          <dt>{t('inbox.state')}</dt>
          <dd>{p.statusLabel}</dd>
          <dt>{t('pratica.assignment')}</dt>
          <dd>
            {p.route.officeName} — {p.route.responsibleName}
          </dd>
          <dt>{t('pratica.deadline')}</dt>
          <dd className={p.overdue ? 'modulo-overdue' : undefined}>
            {italianDate(p.deadline)} ({dueText(p, t)})
          </dd>
          {p.comune && (
            <>
              <dt>{t('inbox.comune')}</dt>
              <dd>{p.comune}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby={`${id}-actions`}>
        <h3 id={`${id}-actions`}>{t('pratica.actions')}</h3>
        {p.allowedActions.length === 0 ? (
          <p>{t('pratica.noActions')}</p>
        ) : (
          <div className="modulo-toolbar">
            {p.allowedActions.map((a) => (
              <button key={a} type="button" data-action={a} onClick={() => onAction(a)}>
                {t(`action.${a}`)}
              </button>
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby={`${id}-answers`}>
        <h3 id={`${id}-answers`}>{t('pratica.answers')}</h3>
        <dl className="modulo-dl">
          {Object.entries(p.answers).map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{show(v)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby={`${id}-attachments`}>
        <h3 id={`${id}-attachments`}>{t('pratica.attachments')}</h3>
        {p.attachments.length === 0 ? (
          <p>{t('pratica.noAttachments')}</p>
        ) : (
          <ul>
            {p.attachments.map((a) => (
              <li key={a.uploadId}>
                {named(a.uploadId, a.name)} ({a.mediaType}, {Math.ceil(a.size / 1024)} KB) — SHA-256{' '}
                <code className="modulo-hash">{a.sha256}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}-timeline`}>
        <h3 id={`${id}-timeline`}>{t('pratica.timeline')}</h3>
        <ol>
          {p.timeline.entries.map((e, i) => (
            <li key={i}>
              <time dateTime={e.date}>{italianDate(e.date)}</time> — {e.title}
              {e.by && <> ({e.by})</>}
              {e.detail && <>: {e.detail}</>}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby={`${id}-outgoing`}>
        <h3 id={`${id}-outgoing`}>{t('pratica.outgoing')}</h3>
        {p.outgoing.length === 0 ? (
          <p>{t('pratica.noOutgoing')}</p>
        ) : (
          <ul>
            {p.outgoing.map((o) => (
              <li key={o.segnatura} data-outgoing={o.kind}>
                {o.subject} — {o.segnatura}, {italianDate(o.date)} — SHA-256{' '}
                <code className="modulo-hash">{o.documentSha256}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}-messages`}>
        <h3 id={`${id}-messages`}>{t('pratica.messages')}</h3>
        {p.messages.length === 0 ? (
          <p>{t('pratica.noMessages')}</p>
        ) : (
          <ul>
            {p.messages.map((m) => (
              <li key={m.id}>
                <strong>{m.sender === 'citizen' ? t('pratica.fromCitizen') : t('pratica.fromStaff')}</strong>,{' '}
                <time dateTime={m.at}>{new Date(m.at).toLocaleString('it-IT')}</time>: {m.body}
                {m.attachments.map((a) => (
                  <span key={a.uploadId}> ({named(a.uploadId, a.name)})</span>
                ))}
              </li>
            ))}
          </ul>
        )}
        {onSendMessage && (
          <form
            data-message-form
            onSubmit={(e) => {
              e.preventDefault();
              void send();
            }}
          >
            <div className="modulo-input">
              <label htmlFor={`${id}-reply`}>{t('pratica.newMessage')}</label>
              <textarea
                id={`${id}-reply`}
                rows={3}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
              />
            </div>
            {sendError && (
              <p role="alert" className="modulo-error">
                {sendError}
              </p>
            )}
            <button type="submit">{t('pratica.send')}</button>
          </form>
        )}
      </section>
      {audit && <AuditLog {...audit} />}
    </article>
  );
}
