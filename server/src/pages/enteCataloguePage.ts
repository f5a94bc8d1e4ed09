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
    breadcrumb: 'Percorso',
    services: 'Servizi online',
    monitoring: 'Monitoraggio e tempi medi',
  },
  en: {
    title: (ente: string) => `Online services · ${ente}`,
    count: (n: number) => (n === 1 ? '1 published procedure.' : `${n} published procedures.`),
    none: 'No published procedure.',
    openData: 'Open data (art. 35 D.Lgs 33/2013):',
    breadcrumb: 'Breadcrumb',
    services: 'Online services',
    monitoring: 'Monitoring and average times',
  },
} as const;

/**
 * The service catalogue of one ente, on its own site (its name in the header, the Unione it
 * belongs to above it): each published procedure as a Bootstrap Italia card, with links to its
 * page and to the open data.
 */
export function enteCataloguePage(
  ctx: PageContext,
  ente: { id: string; name: string },
  published: readonly { module: Module; version: string }[],
  owner?: string,
) {
  const { lang } = ctx;
  const t = uiTexts[lang];
  const x = texts[lang];
  const home = hrefIn(lang, `/entes/${ente.id}`);
  return layout(
    ctx,
    x.title(ente.name),
    html`<nav class="breadcrumb-container" aria-label="${x.breadcrumb}">
        <ol class="breadcrumb p-0">
          <li class="breadcrumb-item">
            <a href="${hrefIn(lang, '/')}">Modulo</a><span class="separator">/</span>
          </li>
          <li class="breadcrumb-item active" aria-current="page">${x.services}</li>
        </ol>
      </nav>
      <h1>${x.title(ente.name)}</h1>
      <p class="lead">
        ${published.length ? x.count(published.length) : x.none} ${x.openData}
        <a href="/api/entes/${ente.id}/services">JSON</a> ·
        <a href="/api/entes/${ente.id}/services.csv">CSV</a> ·
        <a href="${hrefIn(lang, `/entes/${ente.id}/monitoraggio`)}">${x.monitoring}</a>
      </p>
      <ul class="row list-unstyled">
        ${published.map(
          ({ module: m, version }) =>
            html`<li class="col-12 col-lg-6 mb-4">
              <div class="card card-bg h-100">
                <div class="card-body">
                  <h2 class="card-title h5">
                    <a href="${hrefIn(lang, `/entes/${ente.id}/modules/${m.id}`)}"
                      >${moduleText(m.title, lang)}</a
                    >
                  </h2>
                  <p class="card-text">${moduleText(m.description ?? m.procedure.description, lang)}</p>
                  <p class="card-text">
                    ${moduleText(m.procedure.office.name, lang)} · ${m.procedure.responsible.name} ·
                    ${t.term(m.procedure.termDays)}
                    ${m.procedure.silenzioAssenso ? ` · ${t.silenzioAssenso}` : ''} ·
                    ${t.loginLevels[m.procedure.loginLevel]} · ${t.version(version)}
                  </p>
                </div>
              </div>
            </li>`,
        )}
      </ul>`,
    { name: ente.name, href: home, ...(owner ? { owner } : {}) },
  );
}
