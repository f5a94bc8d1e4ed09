import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { pageShell } from '../pages/pageShell';
import type { Persona } from './personas';

/** The label every page of the demo provider carries: nobody may mistake it for SPID. */
export const DEMO_LABEL = 'Identità di prova — non SPID';

const LEVELS = [
  ['SpidL1', 'Livello 1 (solo password)'],
  ['SpidL2', 'Livello 2 (password e codice temporaneo)'],
  ['SpidL3', 'Livello 3 (dispositivo sicuro)'],
] as const;

/** A page of the demo provider: Bootstrap Italia, the red "non SPID" notice on top. */
export function idpPage(title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>) {
  return pageShell({
    lang: 'it',
    title,
    brand: { name: DEMO_LABEL, tagline: 'Accesso simulato per provare Modulo senza SPID', href: '/' },
    owner: { name: 'Modulo · ambiente dimostrativo' },
    skipLink: 'Vai al contenuto',
    notice: html`<p class="demo-notice mb-0" role="note">
      ${DEMO_LABEL}: i dati sono inventati e l’accesso non ha valore legale.
    </p>`,
    footer: html`<p class="mb-0 py-3">
      Questo fornitore d’identità esiste solo per le prove. In produzione il Comune usa SPID e CIE.
    </p>`,
    body,
  });
}

/**
 * The login form: a persona `<select>` and a level `<select>` (preset to the level the service
 * asked for; a lower one can be chosen to try the refusal), posted to the interaction.
 */
export function loginPage(
  uid: string,
  personas: Persona[],
  requestedLevel: string | undefined,
  client: string,
) {
  const groups = [
    ['Cittadini e imprese', personas.filter((p) => p.kind === 'citizen' || p.kind === 'company')],
    ['Personale dell’ente', personas.filter((p) => p.kind === 'staff' || p.kind === 'admin')],
  ] as const;
  return idpPage(
    'Accedi',
    html`<h1>Accedi con un’identità di prova</h1>
      <p class="lead">
        Il servizio <strong>${client}</strong> chiede di
        accedere${
          requestedLevel ? html` con <strong>SPID ${requestedLevel.replace('Spid', '')}</strong>` : ''
        }.
        Scegli chi vuoi essere.
      </p>
      <form method="post" action="/interaction/${uid}/login" class="mt-4">
        <div class="select-wrapper mb-4">
          <label for="persona">Persona</label>
          <select id="persona" name="persona" required>
            ${groups.map(([label, list]) =>
              list.length === 0
                ? ''
                : html`<optgroup label="${label}">
                    ${list.map((p) => html`<option value="${p.sub}">${p.label}</option>`)}
                  </optgroup>`,
            )}
          </select>
        </div>
        <div class="select-wrapper mb-4">
          <label for="level">Livello di sicurezza</label>
          <select id="level" name="level" required>
            ${LEVELS.map(
              ([value, label]) =>
                html`<option value="${value}" ${value === (requestedLevel ?? 'SpidL2') ? 'selected' : ''}>
                  ${label}
                </option>`,
            )}
          </select>
        </div>
        <button type="submit" class="btn btn-primary">Accedi</button>
      </form>
      <form method="post" action="/interaction/${uid}/abort" class="mt-3">
        <button type="submit" class="btn btn-outline-primary">Annulla e torna al servizio</button>
      </form>`,
  );
}

/** The provider's error page, in the same look (never its default page with a Google font). */
export function errorPage(out: Record<string, unknown>) {
  return idpPage(
    'Errore',
    html`<h1>Accesso non riuscito</h1>
      <dl>
        ${Object.entries(out).map(
          ([k, v]) =>
            html`<dt>${k}</dt>
              <dd>${String(v)}</dd>`,
        )}
      </dl>`,
  );
}

/** The RP-initiated logout confirmation; `form` is the provider's hidden form (id op.logoutForm). */
export function logoutPage(form: string) {
  return idpPage(
    'Esci',
    html`<h1>Vuoi uscire dall’identità di prova?</h1>
      ${raw(form)}
      <button type="submit" form="op.logoutForm" value="yes" name="logout" class="btn btn-primary me-2">
        Sì, esci
      </button>
      <button type="submit" form="op.logoutForm" class="btn btn-outline-primary">
        No, resta collegato
      </button>`,
  );
}

/** After a logout. */
export function loggedOutPage() {
  return idpPage('Uscita completata', html`<h1>Sei uscito dall’identità di prova</h1>`);
}
