import { html } from 'hono/html';
import type { Module } from '@modulo/form-model';
import { localize } from '@modulo/form-model';
import { layout } from './layout';

const LOGIN: Record<string, string> = {
  none: 'senza autenticazione',
  SpidL1: 'SPID livello 1',
  SpidL2: 'SPID/CIE livello 2',
  SpidL3: 'SPID/CIE livello 3',
};

/** The browsable list of standard forms: one list item per module, not one landmark each. */
export function cataloguePage(modules: readonly Module[]) {
  return layout(
    'Catalogo dei moduli',
    html`<h1>Catalogo dei moduli</h1>
      <p>
        ${modules.length} moduli standard pronti da pubblicare. <a href="/api/modules">Elenco in JSON</a>.
      </p>
      <ul class="cards">
        ${modules.map(
          (m) =>
            html`<li class="card">
              <h2><a href="/modules/${m.id}">${localize(m.title)}</a></h2>
              <p>${localize(m.description ?? m.procedure.description)}</p>
              <p class="meta">
                ${m.procedure.office.name} · termine ${m.procedure.termDays} giorni
                ${m.procedure.silenzioAssenso ? ' · silenzio-assenso' : ''} · ${LOGIN[m.procedure.loginLevel]}
                · versione ${m.version}
              </p>
            </li>`,
        )}
      </ul>`,
  );
}

export { LOGIN as loginLevelLabels };
