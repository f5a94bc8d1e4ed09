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
    html`<div class="form-group">
      <label for="${name}" class="active">${label}</label>
      <input
        id="${name}"
        name="${name}"
        type="text"
        class="form-control${error ? ' is-invalid' : ''}"
        value="${value}"
        required
        autocomplete="off"
        spellcheck="false"
        ${name === 'hash' ? html`maxlength="64"` : html`maxlength="9"`}
        aria-describedby="${name}-hint${error ? ` ${name}-error` : ''}"
        ${error ? html`aria-invalid="true"` : ''}
      />
      <small id="${name}-hint" class="form-text">${hint}</small>
      ${error ? html`<div class="invalid-feedback"><strong id="${name}-error">${error}</strong></div>` : ''}
    </div>`;
  const good = o?.status === 'verified';
  return layout(
    ctx,
    t.title,
    html`<h1>${t.title}</h1>
      <p class="lead">${t.intro}</p>
      <form method="get" action="/verifica">
        ${ctx.lang === 'it' ? '' : html`<input type="hidden" name="lang" value="${ctx.lang}" />`}
        ${field('code', t.code, t.codeHint, state.code, state.invalid === 'code' ? t.invalidCode : undefined)}
        ${field('hash', t.hash, t.hashHint, state.hash, state.invalid === 'hash' ? t.invalidHash : undefined)}
        <button type="submit" class="btn btn-primary">${t.submit}</button>
      </form>
      ${
        message
          ? html`<section class="mt-5" aria-labelledby="esito">
              <h2 id="esito">${t.result}</h2>
              <div class="alert ${good ? 'alert-success' : 'alert-danger'}">
                <p class="mb-0" data-status="${o!.status}"><strong>${message}</strong></p>
              </div>
              ${
                pratica
                  ? html`<dl class="row">
                      <dt class="col-sm-4">${t.pratica}</dt>
                      <dd class="col-sm-8">${pratica.code}</dd>
                      <dt class="col-sm-4">${t.ente}</dt>
                      <dd class="col-sm-8">${pratica.enteName}</dd>
                      <dt class="col-sm-4">${t.segnatura}</dt>
                      <dd class="col-sm-8">${pratica.segnatura}</dd>
                      <dt class="col-sm-4">${t.filed}</dt>
                      <dd class="col-sm-8">${formatDate(pratica.protocolDate, ctx.lang)}</dd>
                      <dt class="col-sm-4">${t.subject}</dt>
                      <dd class="col-sm-8">${pratica.subject}</dd>
                    </dl>`
                  : ''
              }
            </section>`
          : ''
      }`,
  );
}
