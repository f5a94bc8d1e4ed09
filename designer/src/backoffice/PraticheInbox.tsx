import { useEffect, useId, useRef, useState } from 'react';
import type { BackofficeApi, InboxQuery, PraticaStatus, PraticaSummary } from './BackofficeApi';
import type { BoKey } from './backofficeMessages';
import { useBt } from './backofficeMessages';
import { dueText, italianDate } from './dueText';

const STATES: PraticaStatus[] = [
  'presented',
  'in_charge',
  'integration_requested',
  'integrated',
  'refusal_notice',
  'ended_by_positive_outcome',
  'ended_by_negative_outcome',
  'ended_by_submitter_cancel_requested',
];
const PAGE_SIZE = 20;

export interface PraticheInboxProps {
  api: BackofficeApi;
  /** Choices of the procedure and Comune filters (module ids, Comune ids). */
  procedures: string[];
  comuni: string[];
  onOpen(code: string): void;
  /** Changes when a pratica changed elsewhere, to reload. */
  version?: number;
  /** The pratica just left: its line gets the focus back once the inbox shows it (keyboard users). */
  returnTo?: string;
}

/**
 * The inbox: filters by state, procedure, member Comune and deadline; the table sorted by days
 * left (the server's order), overdue rows marked in words as well as colour.
 */
export function PraticheInbox({
  api,
  procedures,
  comuni,
  onOpen,
  version = 0,
  returnTo,
}: PraticheInboxProps) {
  const t = useBt();
  const id = useId();
  const [query, setQuery] = useState<InboxQuery>({ page: 1, pageSize: PAGE_SIZE });
  const [rows, setRows] = useState<{ items: PraticaSummary[]; total: number } | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void api.list(query).then((r) => {
      if (!live) return;
      if (r.ok) {
        setRows(r.value);
        setError(undefined);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, query, version]);
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!returnTo || !rows) return;
    table.current
      ?.querySelector<HTMLButtonElement>(`tr[data-code="${CSS.escape(returnTo)}"] button`)
      ?.focus();
  }, [rows, returnTo]);
  const set = (patch: Partial<InboxQuery>) => setQuery({ ...query, ...patch, page: 1 });
  const pages = rows ? Math.max(1, Math.ceil(rows.total / PAGE_SIZE)) : 1;
  const filter = (
    name: string,
    key: BoKey,
    value: string,
    options: [string, string][],
    on: (v: string) => void,
    anyKey: BoKey = 'inbox.any',
  ) => (
    <div className="modulo-input">
      <label htmlFor={`${id}-${name}`}>{t(key)}</label>
      <select id={`${id}-${name}`} name={name} value={value} onChange={(e) => on(e.target.value)}>
        <option value="">{t(anyKey)}</option>
        {options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby={`${id}-title`} className="modulo-inbox">
      <h2 id={`${id}-title`}>{t('inbox.title')}</h2>
      <form className="modulo-filters" aria-label={t('inbox.filters')} onSubmit={(e) => e.preventDefault()}>
        {filter(
          'state',
          'inbox.state',
          query.state ?? '',
          [
            ...STATES.map((s): [string, string] => [s, t(`status.${s}`)]),
            ['ended', t('inbox.ended')],
            ['all', t('inbox.allStates')],
          ],
          (v) => set({ state: (v || undefined) as InboxQuery['state'] }),
          'inbox.openStates',
        )}
        {filter(
          'procedure',
          'inbox.procedure',
          query.moduleId ?? '',
          procedures.map((p) => [p, p]),
          (v) => set({ moduleId: v || undefined }),
        )}
        {filter(
          'comune',
          'inbox.comune',
          query.comune ?? '',
          comuni.map((c) => [c, c]),
          (v) => set({ comune: v || undefined }),
        )}
        {filter(
          'due',
          'inbox.due',
          query.due ?? '',
          [
            ['overdue', t('inbox.overdue')],
            ['near', t('inbox.near')],
          ],
          (v) => set({ due: (v || undefined) as InboxQuery['due'] }),
        )}
      </form>
      {error && (
        <p role="alert" className="modulo-error">
          {error}
        </p>
      )}
      {rows && rows.items.length === 0 && <p role="status">{t('inbox.none')}</p>}
      {rows && rows.items.length > 0 && (
        <table className="modulo-table" ref={table}>
          <caption>{t('inbox.caption', { total: rows.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inbox.protocol')}</th>
              <th scope="col">{t('inbox.subject')}</th>
              <th scope="col">{t('inbox.procedure')}</th>
              <th scope="col">{t('inbox.state')}</th>
              <th scope="col">{t('inbox.office')}</th>
              <th scope="col">{t('inbox.comune')}</th>
              <th scope="col">{t('inbox.daysLeft')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.items.map((p) => (
              <tr key={p.code} data-code={p.code} className={p.overdue ? 'modulo-overdue' : undefined}>
                <td>
                  {p.protocol.number}/{p.protocol.year}
                  <br />
                  <small>{italianDate(p.protocol.date)}</small>
                </td>
                <td>
                  <button type="button" className="modulo-link" onClick={() => onOpen(p.code)}>
                    {p.subject}
                    <span className="modulo-sr"> — {t('inbox.open', { code: p.code })}</span>
                  </button>
                </td>
                <td>{p.moduleId}</td>
                <td>{t(`status.${p.status}`)}</td>
                <td>
                  {p.assignment.officeName}
                  <br />
                  <small>{p.assignment.responsibleName}</small>
                </td>
                <td>{p.comune ?? '—'}</td>
                <td>
                  {p.overdue ? <strong>{dueText(p, t)}</strong> : dueText(p, t)}
                  <br />
                  <small>{italianDate(p.deadline)}</small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav aria-label={t('inbox.page', { page: query.page ?? 1, pages })} className="modulo-toolbar">
          <button
            type="button"
            disabled={(query.page ?? 1) <= 1}
            onClick={() => setQuery({ ...query, page: (query.page ?? 1) - 1 })}
          >
            {t('inbox.prev')}
          </button>
          <span>{t('inbox.page', { page: query.page ?? 1, pages })}</span>
          <button
            type="button"
            disabled={(query.page ?? 1) >= pages}
            onClick={() => setQuery({ ...query, page: (query.page ?? 1) + 1 })}
          >
            {t('inbox.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
