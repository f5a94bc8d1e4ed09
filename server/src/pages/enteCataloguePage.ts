import { html } from 'hono/html';
import type { Module } from '@modulo/form-model';
import type { PageContext } from './lang';
import { hrefIn, moduleText } from './lang';
import { layout } from './layout';
import { uiTexts } from './uiTexts';

const texts = {
  it: {
    title: (ente: string) => `Servizi online · ${ente}`,
    count: (n: number) => (n === 1 ? '1 procedimento pubblicato.' : `${n} procedimenti pubblicati.`),
    none: 'Nessun procedimento pubblicato.',
    openData: 'Dati aperti (art. 35 D.Lgs 33/2013):',
  },
  en: {
    title: (ente: string) => `Online services · ${ente}`,
    count: (n: number) => (n === 1 ? '1 published procedure.' : `${n} published procedures.`),
    none: 'No published procedure.',
    openData: 'Open data (art. 35 D.Lgs 33/2013):',
  },
} as const;

/** The service catalogue of one ente: each published procedure, with links to its page and to the open data. */
export function enteCataloguePage(
  ctx: PageContext,
  ente: { id: string; name: string },
  published: readonly { module: Module; version: string }[],
) {
  const { lang } = ctx;
  const t = uiTexts[lang];
  const x = texts[lang];
  return layout(
    ctx,
    x.title(ente.name),
    html`<h1>${x.title(ente.name)}</h1>
      <p>
        ${published.length ? x.count(published.length) : x.none} ${x.openData}
        <a href="/api/entes/${ente.id}/services">JSON</a> ·
        <a href="/api/entes/${ente.id}/services.csv">CSV</a>
      </p>
      <ul class="cards">
        ${published.map(
          ({ module: m, version }) =>
            html`<li class="card">
              <h2>
                <a href="${hrefIn(lang, `/entes/${ente.id}/modules/${m.id}`)}"
                  >${moduleText(m.title, lang)}</a
                >
              </h2>
              <p>${moduleText(m.description ?? m.procedure.description, lang)}</p>
              <p class="meta">
                ${moduleText(m.procedure.office.name, lang)} · ${m.procedure.responsible.name} ·
                ${t.term(m.procedure.termDays)}
                ${m.procedure.silenzioAssenso ? ` · ${t.silenzioAssenso}` : ''} ·
                ${t.loginLevels[m.procedure.loginLevel]} · ${t.version(version)}
              </p>
            </li>`,
        )}
      </ul>`,
  );
}
