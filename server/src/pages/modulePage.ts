import { html } from 'hono/html';
import type { Field, Module } from '@modulo/form-model';
import { localize } from '@modulo/form-model';
import { contactDetails } from './contactDetails';
import { dueDateIfFiledNow } from './dueDateIfFiledNow';
import { embedSnippetSection } from './embedSnippet';
import type { PageContext } from './lang';
import { formatEuro, hrefIn, moduleText } from './lang';
import { layout } from './layout';
import type { Lang } from './uiTexts';
import { uiTexts } from './uiTexts';

function fieldList(fields: Field[], lang: Lang): ReturnType<typeof html> {
  const t = uiTexts[lang].module;
  return html`<ul>
    ${fields.map(
      (f) =>
        html`<li>
          ${moduleText(f.label, lang)}${f.required ? t.required : ''}${f.condition ? t.conditional : ''}
          ${f.fields?.length ? fieldList(f.fields, lang) : ''}
        </li>`,
    )}
  </ul>`;
}

/**
 * Where a module page links: back to its catalogue, and to the module's API for integrators:
 * the standard form's documents, or an ente's published version with its browser validator.
 */
export type ModulePageLinks =
  | { catalogue: string; library: string }
  | { catalogue: string; published: string; validator: string; embedSnippet?: string; areaSnippet?: string };

/**
 * One module's public page: the D.Lgs 33/2013 art. 35 data and the steps of the form. Legal
 * references stay as written, in Italian. `links` default to the standard-form catalogue.
 */
export function modulePage(
  ctx: PageContext,
  m: Module,
  now: Date,
  links: ModulePageLinks = { catalogue: '/', library: `/api/modules/${m.id}` },
) {
  const { lang } = ctx;
  const t = uiTexts[lang].module;
  const p = m.procedure;
  const due = dueDateIfFiledNow(m, now, {}, lang);
  const back = hrefIn(lang, links.catalogue);
  return layout(
    ctx,
    localize(m.title, lang),
    html`<p>
        <a href="${back}"><span aria-hidden="true">←</span> ${uiTexts[lang].catalogue}</a>
      </p>
      <h1>${moduleText(m.title, lang)}</h1>
      <p>${moduleText(p.description, lang)}</p>
      <h2>${t.procedure}</h2>
      <dl>
        <dt>${t.legalBasis}</dt>
        <dd lang="it">${p.legalBasis.join('; ')}</dd>
        <dt>${t.office}</dt>
        <dd>${moduleText(p.office.name, lang)}${contactDetails(p.office, lang)}</dd>
        <dt>${t.responsible}</dt>
        <dd>
          ${p.responsible.name}, ${moduleText(p.responsible.role, lang)}${contactDetails(p.responsible, lang)}
        </dd>
        <dt>${t.substitute}</dt>
        <dd>
          ${p.substitute.name}, ${moduleText(p.substitute.role, lang)}${contactDetails(p.substitute, lang)}<br />${t.substituteNote}
        </dd>
        <dt>${t.termLabel}</dt>
        <dd>
          ${t.termDays(p.termDays)} ${t.dueIfFiledToday(due.filedText)}
          <strong data-due="${due.due}">${due.dueText}</strong> ${t.dueCaveat}
        </dd>
        <dt>${t.silenzioAssenso}</dt>
        <dd>${p.silenzioAssenso ? t.silenzioAssensoYes : t.no}</dd>
        <dt>${t.selfDeclaration}</dt>
        <dd>${p.selfDeclaration ? t.selfDeclarationYes : t.no}</dd>
        <dt>${t.access}</dt>
        <dd>${uiTexts[lang].loginLevels[p.loginLevel]}</dd>
        <dt>${t.fees}</dt>
        <dd>
          ${
            p.fees.length === 0
              ? t.noFees
              : p.fees.map(
                  (f) =>
                    html`${moduleText(f.label, lang)}${f.amountCents === undefined ? '' : `: ${formatEuro(f.amountCents, lang)}`}
                    (${t.feeMethods[f.method]}). `,
                )
          }
        </dd>
        <dt>${t.remedies}</dt>
        <dd>${moduleText(p.remedies, lang)}</dd>
        <dt>${t.status}</dt>
        <dd>${p.statusInfo ? moduleText(p.statusInfo, lang) : t.statusDefault}</dd>
        <dt>${t.classification}</dt>
        <dd>${t.classificationValue(p.classification.titolo, p.classification.classe)}</dd>
      </dl>
      <h2>${t.attachments}</h2>
      ${
        p.attachments.length === 0
          ? html`<p>${t.noAttachments}</p>`
          : html`<ul>
              ${p.attachments.map(
                (a) => html`<li>${moduleText(a.label, lang)}${a.required ? t.required : t.optional}</li>`,
              )}
            </ul>`
      }
      <h2>${t.steps}</h2>
      <ol class="steps">
        ${m.steps.map(
          (s) => html`<li><strong>${moduleText(s.title, lang)}</strong>${fieldList(s.fields, lang)}</li>`,
        )}
      </ol>
      <p>
        ${t.forIntegrators}
        ${
          'library' in links
            ? html`<a href="${links.library}">${t.moduleJson}</a> ·
                <a href="${links.library}/schema">${t.jsonSchema}</a> ·
                <a href="${links.library}/types">${t.tsTypes}</a> ·
                <a href="${links.library}/sample">${t.sample}</a> ·`
            : html`<a href="${links.published}">${t.moduleJson}</a> ·
                <a href="${links.validator}">${t.validator}</a> ·`
        }
        <a href="/api/meta-schema">${t.metaSchema}</a>
      </p>
      ${
        'embedSnippet' in links && links.embedSnippet
          ? embedSnippetSection(links.embedSnippet, lang, links.areaSnippet)
          : ''
      }`,
  );
}
