import { html } from 'hono/html';
import { layout } from './layout';

/** The 404 for people: an Italian page with a way back; integrators keep the coded JSON body. */
export function notFoundPage(message: string) {
  return layout(
    'Pagina non trovata',
    html`<h1>Pagina non trovata</h1>
      <p>${message}</p>
      <p>Controlla l'indirizzo oppure torna al <a href="/">catalogo dei moduli</a>.</p>`,
  );
}
