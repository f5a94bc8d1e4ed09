import { html } from 'hono/html';
import type { PageContext } from './lang';
import { hrefIn } from './lang';
import { layout } from './layout';
import { uiTexts } from './uiTexts';

/** The 404 for people: a page in the asked language with a way back; integrators keep the coded JSON body. */
export function notFoundPage(ctx: PageContext, message: string = uiTexts[ctx.lang].notFound.message) {
  const t = uiTexts[ctx.lang].notFound;
  return layout(
    ctx,
    t.title,
    html`<h1>${t.title}</h1>
      <p>${message}</p>
      <p>${t.backBefore} <a href="${hrefIn(ctx.lang, '/')}">${t.backLink}</a>.</p>`,
  );
}
