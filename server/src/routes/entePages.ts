import { Hono } from 'hono';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { embedSnippet } from '../pages/embedSnippet';
import { enteCataloguePage } from '../pages/enteCataloguePage';
import { pageContext } from '../pages/lang';
import { modulePage } from '../pages/modulePage';
import { verifyPage } from '../pages/verifyPage';
import type { VerifyPageState } from '../pages/verifyPage';
import { isPraticaCode } from '../register/praticaCode';
import { normaliseCode, normaliseHash, verifyReceipt } from '../verify/verifyReceipt';

const enteNotFound = (id: string) =>
  new ApiError('ente_not_found', `Ente "${id}" non trovato.`, `Ente "${id}" not found.`);
const moduleNotFound = () => new ApiError('module_not_found', 'Modulo non trovato.', 'Module not found.');

/**
 * The pages of an ente for citizens: its service catalogue (`/entes/:ente`), each published
 * procedure (`/entes/:ente/modules/:id`), and the receipt check (`/verifica`).
 */
export function entePages() {
  return new Hono<Env>()
    .get('/entes/:ente', async (c) => {
      const ente = await c.var.store.entes.get(c.req.param('ente'));
      if (!ente) throw enteNotFound(c.req.param('ente'));
      const published = (await c.var.store.modules.list(ente.id)).filter((p) => p.status === 'published');
      return c.html(enteCataloguePage(pageContext(c.req.url, c.req.query('lang')), ente, published));
    })
    .get('/entes/:ente/modules/:moduleId', async (c) => {
      const ente = await c.var.store.entes.get(c.req.param('ente'));
      if (!ente) throw enteNotFound(c.req.param('ente'));
      const current = await c.var.store.modules.current(ente.id, c.req.param('moduleId'));
      if (!current || current.status !== 'published') throw moduleNotFound();
      const api = `/api/entes/${ente.id}/modules/${current.moduleId}`;
      const ctx = pageContext(c.req.url, c.req.query('lang'));
      return c.html(
        modulePage(ctx, current.module, c.var.now, {
          catalogue: `/entes/${ente.id}`,
          published: api,
          validator: `${api}/versions/${current.version}/validator.js`,
          embedSnippet: embedSnippet(c.var.config.publicUrl, ente.id, current.moduleId, ctx.lang),
        }),
      );
    })
    .get('/verifica', async (c) => {
      const ctx = pageContext(c.req.url, c.req.query('lang'));
      const rawCode = c.req.query('code');
      const rawHash = c.req.query('hash');
      if (rawCode === undefined && rawHash === undefined) return c.html(verifyPage(ctx, {}));
      const code = normaliseCode(rawCode ?? '');
      const hash = normaliseHash(rawHash ?? '');
      const state: VerifyPageState = { code, hash };
      if (!isPraticaCode(code)) return c.html(verifyPage(ctx, { ...state, invalid: 'code' }), 400);
      if (!/^[0-9a-f]{64}$/.test(hash)) return c.html(verifyPage(ctx, { ...state, invalid: 'hash' }), 400);
      const outcome = await verifyReceipt(c.var.store, code, hash);
      return c.html(verifyPage(ctx, { ...state, outcome }), outcome.status === 'not_found' ? 404 : 200);
    });
}
