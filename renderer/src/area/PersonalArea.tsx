import { useEffect, useRef, useState } from 'react';
import type { Draft, Identity, ModuloApi, PraticaDetail, PraticaSummary } from '../api/ModuloApi';
import { ApiError } from '../api/ModuloApi';
import { formatDay } from '../flow/Confirmation';
import { LoginPrompt } from '../flow/LoginPrompt';
import { LogoutBar } from '../flow/LogoutBar';
import { messages } from '../messages';
import { areaMessages } from './areaMessages';
import { PraticaView } from './PraticaView';

export interface PersonalAreaProps {
  api: ModuloApi;
  lang?: string;
  /** Link to continue a draft: `{ente}` and `{modulo}` are replaced. */
  formHref?: string;
  /** The ente whose site embeds the area: it vouches for the login's return to this page. */
  ente?: string;
}

type DraftRow = Draft & { ente: string; moduleId: string; title?: string };

/**
 * "Le mie pratiche": the citizen's pratiche (state in @modulo/procedure's words, suspension,
 * answer date) and drafts; opening one shows `PraticaView`, and going back returns focus to it.
 * Who is logged in and "Esci" on top; without a session (a 401, or after "Esci"), the login.
 */
export function PersonalArea({ api, lang = 'it', formHref, ente }: PersonalAreaProps) {
  const t = messages(lang);
  const a = areaMessages(lang);
  const [list, setList] = useState<{ pratiche: PraticaSummary[]; drafts: DraftRow[] }>();
  const [error, setError] = useState(false);
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [loggedOut, setLoggedOut] = useState<'no-session' | 'logout'>();
  const [openFailed, setOpenFailed] = useState(false);
  const [open, setOpen] = useState<PraticaDetail>();
  const lastOpened = useRef<string | undefined>(undefined);
  const listRef = useRef<HTMLDivElement>(null);
  const load = () =>
    api
      .myPratiche(lang)
      .then(setList, (e: unknown) =>
        e instanceof ApiError && e.status === 401 ? setLoggedOut('no-session') : setError(true),
      );
  useEffect(() => {
    void load();
    // The name beside "Esci" (a same-site page may be logged in by the cookie alone).
    api.me().then(setIdentity, () => undefined);
  }, [api, lang]);
  useEffect(() => {
    if (open || !lastOpened.current) return;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-code="${lastOpened.current}"]`)?.focus();
  }, [open, list]);
  const openPratica = (code: string) => {
    lastOpened.current = code;
    setOpenFailed(false);
    api.pratica(code, lang).then(setOpen, () => setOpenFailed(true));
  };
  if (loggedOut)
    return (
      <div className="modulo-area" lang={lang}>
        <h1 className="modulo-title">{t.myPratiche}</h1>
        <LoginPrompt
          api={api}
          lang={lang}
          ente={ente}
          lead={t.loginToSeePratiche}
          focusOnMount={loggedOut === 'logout'}
        />
      </div>
    );
  if (error)
    return (
      <div className="alert alert-danger" role="alert">
        {a.loadFailed}
      </div>
    );
  if (!list) return <p role="status">{a.loading}</p>;
  const logout = api.logout?.bind(api);
  const onLogout = async () => {
    await logout?.();
    setIdentity(null);
    setOpen(undefined);
    setList(undefined);
    setLoggedOut('logout');
  };
  // "Esci" on the list and on a pratica alike.
  const session =
    identity && logout ? <LogoutBar identity={identity} lang={lang} onLogout={onLogout} /> : null;
  if (open)
    return (
      <>
        {session}
        <PraticaView
          pratica={open}
          lang={lang}
          api={api}
          focusOnMount
          onBack={() => {
            setOpen(undefined);
            void load();
          }}
        />
      </>
    );
  return (
    <div className="modulo-area" lang={lang} ref={listRef}>
      {session}
      <h1 className="modulo-title">{t.myPratiche}</h1>
      {openFailed ? (
        <div className="alert alert-danger" role="alert">
          {a.openFailed}
        </div>
      ) : null}
      {list.pratiche.length === 0 ? <p>{t.noPratiche}</p> : null}
      <ul className="modulo-area__list">
        {list.pratiche.map((p) => (
          <li key={p.code} className="modulo-area__item">
            <h2 className="modulo-area__title">
              <button
                type="button"
                className="btn btn-link"
                data-code={p.code}
                onClick={() => openPratica(p.code)}
              >
                {p.title} <span className="modulo-area__code">{p.code}</span>
              </button>
            </h2>
            <dl className="modulo-summary__list">
              <div className="modulo-summary__row">
                <dt>{t.status}</dt>
                <dd>
                  {a.statusLabel(p.status, p.statusLabel)}
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
