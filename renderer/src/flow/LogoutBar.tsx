import { useState } from 'react';
import type { Identity } from '../api/ModuloApi';
import { messages } from '../messages';

/** The citizen's name of their identity, as a line of text. */
const nameOf = (i: Identity) =>
  i.fullName ?? ([i.givenName, i.familyName].filter(Boolean).join(' ') || i.fiscalNumber || '');

/** "Hai effettuato l’accesso come …" and "Esci": ends the session (the embed forgets it). */
export function LogoutBar({
  identity,
  lang,
  onLogout,
}: {
  identity: Identity;
  lang: string;
  onLogout(): Promise<void>;
}) {
  const t = messages(lang);
  const [failed, setFailed] = useState(false);
  return (
    <div className="modulo-session" lang={lang}>
      <span>{t.loggedInAs(nameOf(identity))}</span>{' '}
      <button
        type="button"
        className="btn btn-link"
        onClick={() => {
          setFailed(false);
          onLogout().catch(() => setFailed(true));
        }}
      >
        {t.logout}
      </button>
      {failed ? (
        <p className="alert alert-danger" role="alert">
          {t.logoutFailed}
        </p>
      ) : null}
    </div>
  );
}
