import { html } from 'hono/html';
import type { Field, Module } from '@modulo/form-model';
import { localize } from '@modulo/form-model';
import { loginLevelLabels } from './cataloguePage';
import { contactDetails } from './contactDetails';
import { dueDateIfFiledNow } from './dueDateIfFiledNow';
import { layout } from './layout';

const euro = (cents: number) =>
  new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' }).format(cents / 100);

function fieldList(fields: Field[]): ReturnType<typeof html> {
  return html`<ul>
    ${fields.map(
      (f) =>
        html`<li>
          ${localize(f.label)}${f.required ? ' (obbligatorio)' : ''}${f.condition ? ' — solo in certi casi' : ''}
          ${f.fields?.length ? fieldList(f.fields) : ''}
        </li>`,
    )}
  </ul>`;
}

/** One module's public page: the D.Lgs 33/2013 art. 35 data and the steps of the form. */
export function modulePage(m: Module, now: Date) {
  const p = m.procedure;
  const due = dueDateIfFiledNow(m, now);
  return layout(
    localize(m.title),
    html`<p>
        <a href="/"><span aria-hidden="true">←</span> Catalogo dei moduli</a>
      </p>
      <h1>${localize(m.title)}</h1>
      <p>${localize(p.description)}</p>
      <h2>Il procedimento</h2>
      <dl>
        <dt>Riferimenti normativi</dt>
        <dd>${p.legalBasis.join('; ')}</dd>
        <dt>Ufficio</dt>
        <dd>${p.office.name}${contactDetails(p.office)}</dd>
        <dt>Responsabile del procedimento</dt>
        <dd>${p.responsible.name}, ${p.responsible.role}${contactDetails(p.responsible)}</dd>
        <dt>Titolare del potere sostitutivo</dt>
        <dd>
          ${p.substitute.name}, ${p.substitute.role}${contactDetails(p.substitute)}<br />Se il Comune non
          risponde entro il termine, puoi rivolgerti a lui: deve concludere entro metà del termine (L.
          241/1990, art. 2 c. 9-bis).
        </dd>
        <dt>Termine di conclusione</dt>
        <dd>
          ${p.termDays} giorni dalla presentazione. Se presenti la domanda oggi, ${due.filedText}, la risposta
          è dovuta entro il <strong data-due="${due.due}">${due.dueText}</strong> (salvo sospensioni previste
          dalla legge).
        </dd>
        <dt>Silenzio-assenso</dt>
        <dd>${p.silenzioAssenso ? 'sì: senza risposta entro il termine la domanda è accolta' : 'no'}</dd>
        <dt>Autocertificazione</dt>
        <dd>${p.selfDeclaration ? 'sì (DPR 445/2000)' : 'no'}</dd>
        <dt>Accesso</dt>
        <dd>${loginLevelLabels[p.loginLevel]}</dd>
        <dt>Costi</dt>
        <dd>
          ${
            p.fees.length === 0
              ? 'nessuno'
              : p.fees.map(
                  (f) =>
                    html`${localize(f.label)}${f.amountCents === undefined ? '' : `: ${euro(f.amountCents)}`}
                    (${f.method === 'bollo' ? 'marca da bollo' : 'pagoPA'}). `,
                )
          }
        </dd>
        <dt>Tutela</dt>
        <dd>${localize(p.remedies)}</dd>
        <dt>Stato della domanda</dt>
        <dd>
          ${
            p.statusInfo
              ? localize(p.statusInfo)
              : 'Puoi seguire la domanda nella tua area personale: vedi lo stato, il responsabile e la data della risposta.'
          }
        </dd>
        <dt>Classificazione</dt>
        <dd>titolo ${p.classification.titolo}, classe ${p.classification.classe}</dd>
      </dl>
      <h2>Documenti da allegare</h2>
      ${
        p.attachments.length === 0
          ? html`<p>Nessuno.</p>`
          : html`<ul>
              ${p.attachments.map(
                (a) =>
                  html`<li>${localize(a.label)}${a.required ? ' (obbligatorio)' : ' (facoltativo)'}</li>`,
              )}
            </ul>`
      }
      <h2>I passi del modulo</h2>
      <ol class="steps">
        ${m.steps.map((s) => html`<li><strong>${localize(s.title)}</strong>${fieldList(s.fields)}</li>`)}
      </ol>
      <p>
        Per integratori: <a href="/api/modules/${m.id}">modulo (JSON)</a> ·
        <a href="/api/modules/${m.id}/schema">JSON Schema 2020-12</a> ·
        <a href="/api/modules/${m.id}/types">tipi TypeScript</a> ·
        <a href="/api/modules/${m.id}/sample">esempio di domanda (JSON)</a> ·
        <a href="/api/meta-schema">formato dei moduli</a>
      </p>`,
  );
}
