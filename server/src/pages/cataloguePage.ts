import { html } from 'hono/html';
import type { Module } from '@modulo/form-model';
import type { PageContext } from './lang';
import { hrefIn, moduleText } from './lang';
import { layout } from './layout';
import { uiTexts } from './uiTexts';

/** The browsable list of standard forms: one list item per module, not one landmark each. */
export function cataloguePage(ctx: PageContext, modules: readonly Module[]) {
  const { lang } = ctx;
  const t = uiTexts[lang];
  return layout(
    ctx,
    t.catalogue,
    html`<h1>${t.catalogue}</h1>
      <p>${t.modulesReady(modules.length)} <a href="/api/modules">${t.jsonList}</a>.</p>
      <ul class="cards">
        ${modules.map(
          (m) =>
            html`<li class="card">
              <h2><a href="${hrefIn(lang, `/modules/${m.id}`)}">${moduleText(m.title, lang)}</a></h2>
              <p>${moduleText(m.description ?? m.procedure.description, lang)}</p>
              <p class="meta">
                ${moduleText(m.procedure.office.name, lang)} · ${t.term(m.procedure.termDays)}
                ${m.procedure.silenzioAssenso ? ` · ${t.silenzioAssenso}` : ''} ·
                ${t.loginLevels[m.procedure.loginLevel]} · ${t.version(m.version)}
              </p>
            </li>`,
        )}
      </ul>`,
  );
}
