import { Hono } from 'hono';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { getLibraryModule, libraryModules } from '@modulo/form-library';
import { moduleMetaSchema } from '@modulo/form-model';
import { ApiError } from './errors';
import { pageContext } from './pages/lang';
import { notFoundPage } from './pages/notFoundPage';
import { cataloguePages } from './routes/cataloguePages';
import type { ModuleSource } from './routes/modulesApi';
import { modulesApi } from './routes/modulesApi';
import { procedureApi } from './routes/procedureApi';

export interface AppOptions {
  modules?: ModuleSource;
  /** The clock, read only at this edge; tests pass a fixed one. */
  now?: () => Date;
}

/** A browser asking for a page gets HTML; the JSON API and other clients keep the coded JSON body. */
const wantsPage = (c: Context) =>
  !/^\/api(\/|$)/.test(c.req.path) && (c.req.header('accept') ?? '').includes('text/html');
/** The page a 404 is shown on, in the language its `?lang` asks for. */
const pageOf = (c: Context) => pageContext(c.req.url, c.req.query('lang'));

/** The whole HTTP surface, without side effects: `main.ts` serves it, tests call `app.request()`. */
export function createApp(options: AppOptions = {}) {
  const modules = options.modules ?? { list: libraryModules, get: getLibraryModule };
  const now = options.now ?? (() => new Date());
  const app = new Hono()
    .route('/api/modules', modulesApi(modules))
    .get('/api/meta-schema', (c) => c.json(moduleMetaSchema))
    .route('/api', procedureApi())
    .route('/', cataloguePages(modules, now))
    .get('/healthz', (c) => c.json({ ok: true }));

  app.notFound((c) =>
    wantsPage(c)
      ? c.html(notFoundPage(pageOf(c)), 404)
      : c.json(
          { error: { code: 'not_found', message: 'Pagina non trovata.', messageEn: 'Not found.' } },
          404,
        ),
  );
  app.onError((err, c) => {
    if (err instanceof ApiError) {
      if (err.status === 404 && wantsPage(c)) {
        const page = pageOf(c);
        return c.html(notFoundPage(page, page.lang === 'it' ? err.messageIt : err.messageEn), 404);
      }
      return c.json(err.body(), err.status);
    }
    if (err instanceof HTTPException) {
      return c.json(
        { error: { code: 'http_error', message: err.message, messageEn: err.message } },
        err.status,
      );
    }
    console.error(err);
    return c.json(
      {
        error: {
          code: 'internal',
          message: 'Errore interno del server.',
          messageEn: 'Internal server error.',
        },
      },
      500,
    );
  });
  return app;
}

export type AppType = ReturnType<typeof createApp>;
