import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { localize } from '@modulo/form-model';
import type { Env } from '../env';
import { ApiError } from '../errors';
import type { Ente } from '../storage/EnteStore';

/**
 * A mock Comune website for `npm start`: what a web editor builds on any CMS with the one-line
 * snippet (`/embed/modulo-embed.js` + `<modulo-form>`), so the product can be tried as a citizen
 * sees it. Not part of the product's API: it only embeds what the catalogue page offers to copy.
 */
export function demoSitePages() {
  return new Hono<Env>()
    .get('/demo', async (c) => {
      const entes = (await c.get('store').entes.list()).filter((e) => e.kind === 'comune');
      const items = entes.map((e) => html`<li><a href="/demo/${e.id}">${e.name}</a></li>`);
      return c.html(
        page(
          'Siti di prova dei Comuni',
          html`<ul>
            ${items}
          </ul>`,
        ),
      );
    })
    .get('/demo/:ente', async (c) => {
      const ente = await enteOf(c.get('store').entes.get(c.req.param('ente')), c.req.param('ente'));
      const services = (await c.get('store').modules.list(ente.id)).filter((p) => p.status === 'published');
      const items = services.map(
        (p) =>
          html`<li><a href="/demo/${ente.id}/servizi/${p.moduleId}">${localize(p.module.title)}</a></li>`,
      );
      return c.html(
        page(
          ente.name,
          html`<p>Servizi online del ${ente.name}. Accedi con SPID o CIE per presentare una domanda.</p>
            <p><a href="/demo/${ente.id}/area-personale">Area personale: le mie pratiche</a></p>
            <h2>Servizi</h2>
            <ul>
              ${items}
            </ul>`,
          ente,
        ),
      );
    })
    .get('/demo/:ente/servizi/:moduleId', async (c) => {
      const ente = await enteOf(c.get('store').entes.get(c.req.param('ente')), c.req.param('ente'));
      const published = await c.get('store').modules.current(ente.id, c.req.param('moduleId'));
      if (!published || published.status !== 'published')
        throw new ApiError('module_not_found', 'Modulo non trovato.', 'Module not found.');
      const origin = new URL(c.req.url).origin;
      return c.html(
        page(
          localize(published.module.title),
          html`<modulo-form
            ente="${ente.id}"
            modulo="${published.moduleId}"
            server="${origin}"
            lang="it"
          ></modulo-form>`,
          ente,
        ),
      );
    })
    .get('/demo/:ente/area-personale', async (c) => {
      const ente = await enteOf(c.get('store').entes.get(c.req.param('ente')), c.req.param('ente'));
      const origin = new URL(c.req.url).origin;
      return c.html(
        page(
          'Le mie pratiche',
          html`<modulo-area-personale
            server="${origin}"
            ente="${ente.id}"
            lang="it"
            form-href="/demo/${ente.id}/servizi/{modulo}"
          ></modulo-area-personale>`,
          ente,
        ),
      );
    });
}

async function enteOf(found: Promise<Ente | undefined>, id: string): Promise<Ente> {
  const ente = await found;
  if (!ente) throw new ApiError('ente_not_found', `Ente "${id}" non trovato.`, `Ente "${id}" not found.`);
  return ente;
}

// The host page is deliberately plain: the embed brings its own styles inside a shadow root.
const STYLE = raw(`body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a}
header{background:#0b4a7a;color:#fff;padding:1rem 2rem}header a{color:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem 2rem}a{color:#0b4a7a}
.demo-note{background:#fff3cd;padding:.5rem 2rem;margin:0}`);

function page(title: string, body: unknown, ente?: Ente) {
  return html`<!doctype html>
    <html lang="it">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} — sito di prova</title>
        <style>
          ${STYLE}
        </style>
        <script type="module" src="/embed/modulo-embed.js"></script>
      </head>
      <body>
        <p class="demo-note">
          Sito di prova di un Comune: i moduli sono incorporati con lo snippet di Modulo.
        </p>
        <header>
          <a href="${ente ? `/demo/${ente.id}` : '/demo'}">${ente ? ente.name : 'Siti di prova'}</a>
        </header>
        <main>
          <h1>${title}</h1>
          ${body}
        </main>
      </body>
    </html>`;
}
