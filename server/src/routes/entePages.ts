import { Hono } from 'hono';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { localize } from '@modulo/form-model';
import { indicatorsCsv, indicatorsOf } from '../backoffice/monitoringApi';
import { todayOf } from '../backoffice/praticaView';
import type { Store } from '../storage/Store';
import { areaSnippet, embedSnippet } from '../pages/embedSnippet';
import { monitoringPage } from '../pages/monitoringPage';
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

/** The public indicators of an ente's procedures (open data), as the back office computes them. */
async function publicIndicators(store: Store, enteId: string, today: string) {
  const figures = await store.backoffice.monitoring(enteId, today);
  const titles = new Map(
    (await store.modules.list(enteId)).map((m) => [m.moduleId, localize(m.module.title)]),
  );
  return figures.map((f) => indicatorsOf(f, titles.get(f.moduleId) ?? f.moduleId));
}

/**
 * The pages of an ente for citizens: its service catalogue (`/entes/:ente`), each published
 * procedure (`/entes/:ente/modules/:id`), its public indicators (`/entes/:ente/monitoraggio`, with
 * the CSV beside it), and the receipt check (`/verifica`).
 */
export function entePages() {
  return new Hono<Env>()
    .get('/entes/:ente', async (c) => {
      const ente = await c.get('store').entes.get(c.req.param('ente'));
      if (!ente) throw enteNotFound(c.req.param('ente'));
      const published = (await c.get('store').modules.list(ente.id)).filter((p) => p.status === 'published');
      const unione = ente.unione ? await c.get('store').entes.get(ente.unione) : undefined;
      return c.html(
        enteCataloguePage(pageContext(c.req.url, c.req.query('lang')), ente, published, unione?.name),
      );
    })
    .get('/entes/:ente/monitoraggio', async (c) => {
      const ente = await c.get('store').entes.get(c.req.param('ente'));
      if (!ente) throw enteNotFound(c.req.param('ente'));
      const today = todayOf(c.get('now'));
      const procedures = await publicIndicators(c.get('store'), ente.id, today);
      const ratings = await c.get('store').ratings.summary(ente.id);
      const ctx = pageContext(c.req.url, c.req.query('lang'));
      return c.html(monitoringPage(ctx, ente, today, procedures, ratings));
    })
    .get('/entes/:ente/monitoraggio.csv', async (c) => {
      const ente = await c.get('store').entes.get(c.req.param('ente'));
      if (!ente) throw enteNotFound(c.req.param('ente'));
      const today = todayOf(c.get('now'));
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="indicatori-${ente.id}-${today}.csv"`);
      return c.body(indicatorsCsv(await publicIndicators(c.get('store'), ente.id, today)));
    })
    .get('/entes/:ente/modules/:moduleId', async (c) => {
      const ente = await c.get('store').entes.get(c.req.param('ente'));
      if (!ente) throw enteNotFound(c.req.param('ente'));
      const current = await c.get('store').modules.current(ente.id, c.req.param('moduleId'));
      if (!current || current.status !== 'published') throw moduleNotFound();
      const api = `/api/entes/${ente.id}/modules/${current.moduleId}`;
      const ctx = pageContext(c.req.url, c.req.query('lang'));
      return c.html(
        modulePage(ctx, current.module, c.get('now'), {
          catalogue: `/entes/${ente.id}`,
          published: api,
          validator: `${api}/versions/${current.version}/validator.js`,
          embedSnippet: embedSnippet(c.get('config').publicUrl, ente.id, current.moduleId, ctx.lang),
          areaSnippet: areaSnippet(c.get('config').publicUrl, ente.id, ctx.lang),
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
      const outcome = await verifyReceipt(c.get('store'), code, hash);
      return c.html(verifyPage(ctx, { ...state, outcome }), outcome.status === 'not_found' ? 404 : 200);
    });
}
