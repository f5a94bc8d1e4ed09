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

const TEXTS = {
  it: {
    title: 'Incorporare il modulo nel sito del Comune',
    intro:
      'Copia queste due righe nella pagina del servizio sul sito istituzionale: il modulo compare lì, con i suoi stili, ' +
      'anche con una Content Security Policy che ammette solo gli script di questo server.',
    label: 'Codice da copiare',
  },
  en: {
    title: 'Embedding the form in the Comune’s website',
    intro:
      'Paste these two lines in the service page of the institutional website: the form appears there with its own ' +
      'styles, also under a Content Security Policy that allows only this server’s scripts.',
    label: 'Code to copy',
  },
} as const;

/** The module page's section with the snippet, ready to copy (selected whole on focus by the browser's own means). */
export function embedSnippetSection(snippet: string, lang: Lang) {
  const t = TEXTS[lang];
  return html`<h2 id="incorpora">${t.title}</h2>
    <p>${t.intro}</p>
    <label for="embed-snippet">${t.label}</label>
    <textarea id="embed-snippet" class="form-control font-monospace" rows="3" readonly data-embed-snippet>
${snippet}</textarea>`;
}
