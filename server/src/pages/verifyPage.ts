import { html } from 'hono/html';
import type { VerifyOutcome } from '../verify/VerifyOutcome';
import type { PageContext } from './lang';
import { formatDate } from './lang';
import { layout } from './layout';
import { verifyTexts } from './verifyTexts';

/** What the verification page shows: the form as filled, and the outcome or an input error. */
export interface VerifyPageState {
  code?: string;
  hash?: string;
  outcome?: VerifyOutcome;
  /** Which input is malformed, when one is. */
  invalid?: 'code' | 'hash';
}

/**
 * `/verifica`: a GET form (so a verification URL printed on a receipt opens straight on its
 * result) and the outcome. Errors are tied to their input with aria-invalid/aria-describedby.
 */
export function verifyPage(ctx: PageContext, state: VerifyPageState) {
  const t = verifyTexts[ctx.lang];
  const o = state.outcome;
  const message =
    o?.status === 'verified'
      ? t.verified(o.linksChecked)
      : o?.status === 'not_found'
        ? t.notFound
        : o?.status === 'hash_mismatch'
          ? t.hashMismatch
          : o?.status === 'chain_broken'
            ? t.chainBroken(o.brokenAt)
            : undefined;
  const pratica = o && (o.status === 'verified' || o.status === 'chain_broken') ? o.pratica : undefined;
  const field = (name: 'code' | 'hash', label: string, hint: string, value = '', error?: string) =>
    html`<p>
      <label for="${name}">${label}</label><br />
      <input
        id="${name}"
        name="${name}"
        value="${value}"
        required
        autocomplete="off"
        spellcheck="false"
        ${name === 'hash' ? html`size="66" maxlength="64"` : html`size="12" maxlength="9"`}
        aria-describedby="${name}-hint${error ? ` ${name}-error` : ''}"
        ${error ? html`aria-invalid="true"` : ''}
      /><br />
      <span id="${name}-hint" class="meta">${hint}</span>
      ${error ? html`<br /><strong id="${name}-error">${error}</strong>` : ''}
    </p>`;
  return layout(
    ctx,
    t.title,
    html`<h1>${t.title}</h1>
      <p>${t.intro}</p>
      <form method="get" action="/verifica">
        ${ctx.lang === 'it' ? '' : html`<input type="hidden" name="lang" value="${ctx.lang}" />`}
        ${field('code', t.code, t.codeHint, state.code, state.invalid === 'code' ? t.invalidCode : undefined)}
        ${field('hash', t.hash, t.hashHint, state.hash, state.invalid === 'hash' ? t.invalidHash : undefined)}
        <button type="submit">${t.submit}</button>
      </form>
      ${
        message
          ? html`<section class="card" aria-labelledby="esito">
              <h2 id="esito">${t.result}</h2>
              <p data-status="${o!.status}"><strong>${message}</strong></p>
              ${
                pratica
                  ? html`<dl>
                      <dt>${t.pratica}</dt>
                      <dd>${pratica.code}</dd>
                      <dt>${t.ente}</dt>
                      <dd>${pratica.enteName}</dd>
                      <dt>${t.segnatura}</dt>
                      <dd>${pratica.segnatura}</dd>
                      <dt>${t.filed}</dt>
                      <dd>${formatDate(pratica.protocolDate, ctx.lang)}</dd>
                      <dt>${t.subject}</dt>
                      <dd>${pratica.subject}</dd>
                    </dl>`
                  : ''
              }
            </section>`
          : ''
      }`,
  );
}
