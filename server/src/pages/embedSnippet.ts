import { html } from 'hono/html';
import type { Lang } from './uiTexts';

/** The HTML a web editor pastes in any CMS page to embed a published module (renderer README). */
export function embedSnippet(server: string, enteId: string, moduleId: string, lang: Lang = 'it'): string {
  const origin = server.replace(/\/$/, '');
  return (
    `<script type="module" src="${origin}/embed/modulo-embed.js"></script>\n` +
    `<modulo-form ente="${enteId}" modulo="${moduleId}" server="${origin}" lang="${lang}"></modulo-form>`
  );
}

/**
 * The personal area ("Le mie pratiche") for the same site: `ente` vouches for the login's return
 * there; `form-href` is where the site's form pages are (drafts link to them), to adapt.
 */
export function areaSnippet(server: string, enteId: string, lang: Lang = 'it'): string {
  const origin = server.replace(/\/$/, '');
  return (
    `<script type="module" src="${origin}/embed/modulo-embed.js"></script>\n` +
    `<modulo-area-personale server="${origin}" ente="${enteId}" lang="${lang}" form-href="/servizi/{modulo}"></modulo-area-personale>`
  );
}

const TEXTS = {
  it: {
    title: 'Incorporare il modulo nel sito del Comune',
    intro:
      'Copia queste due righe nella pagina del servizio sul sito istituzionale: il modulo compare lì, con i suoi stili, ' +
      'anche con una Content Security Policy che ammette solo gli script di questo server.',
    label: 'Codice da copiare',
    areaIntro:
      'Per la pagina «Le mie pratiche» del sito (pratiche, bozze, messaggi con l’ufficio, «Esci»): ' +
      'in form-href indica l’indirizzo delle pagine dei moduli, con {modulo} al posto del nome.',
    areaLabel: 'Codice dell’area personale',
  },
  en: {
    title: 'Embedding the form in the Comune’s website',
    intro:
      'Paste these two lines in the service page of the institutional website: the form appears there with its own ' +
      'styles, also under a Content Security Policy that allows only this server’s scripts.',
    label: 'Code to copy',
    areaIntro:
      'For the website’s “My applications” page (applications, drafts, messages with the office, “Log out”): ' +
      'in form-href put the address of the form pages, with {modulo} for the form’s name.',
    areaLabel: 'Personal area code',
  },
} as const;

/** The module page's section with the snippet, ready to copy (selected whole on focus by the browser's own means). */
export function embedSnippetSection(snippet: string, lang: Lang, area?: string) {
  const t = TEXTS[lang];
  return html`<h2 id="incorpora">${t.title}</h2>
    <p>${t.intro}</p>
    <label for="embed-snippet">${t.label}</label>
    <textarea id="embed-snippet" class="form-control font-monospace" rows="3" readonly data-embed-snippet>
${snippet}</textarea>
    ${
      area
        ? html`<p>${t.areaIntro}</p>
            <label for="area-snippet">${t.areaLabel}</label>
            <textarea
              id="area-snippet"
              class="form-control font-monospace"
              rows="3"
              readonly
              data-area-snippet
            >
${area}</textarea>`
        : ''
    }`;
}
