import { useEffect, useRef, useState } from 'react';
import type { LoginRefusal, ModuloApi } from '../api/ModuloApi';
import { messages } from '../messages';

export interface LoginPromptProps {
  api: ModuloApi;
  lang: string;
  /** The ente whose site this is: it vouches for the return to this page (its allowed origins). */
  ente?: string;
  /** Why to log in, e.g. "Per compilare il modulo accedi con SPID o CIE." */
  lead: string;
  /** Moves focus to the login link (after "Esci", where the focused button is gone). */
  focusOnMount?: boolean;
}

/**
 * "Accedi con SPID o CIE", back to this page; when the last login's one-time code was refused
 * (expired, used, another ente's: `api.loginRefused`) it says so first, in an alert.
 */
export function LoginPrompt({ api, lang, ente, lead, focusOnMount }: LoginPromptProps) {
  const t = messages(lang);
  const [refused, setRefused] = useState<LoginRefusal>();
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    let live = true;
    api.loginRefused?.().then(
      (why) => live && setRefused(why),
      () => undefined,
    );
    if (focusOnMount) link.current?.focus();
    return () => {
      live = false;
    };
  }, [api]);
  const back = typeof location === 'undefined' ? '' : location.href;
  const query = `${ente ? `ente=${encodeURIComponent(ente)}&` : ''}returnTo=${encodeURIComponent(back)}`;
  return (
    <div className="modulo-login">
      {refused ? (
        <div className="alert alert-warning" role="alert" data-element="login-refused">
          {t.loginRefused[refused]}
        </div>
      ) : null}
      <p>{lead}</p>
      {/* The ente vouches for its own site: without it the server refuses to return there. */}
      <a className="btn btn-primary" href={api.url(`/auth/login?${query}`)} ref={link}>
        {t.login}
      </a>
    </div>
  );
}
