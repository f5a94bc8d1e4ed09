import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { getLibraryModule, libraryModules } from '@modulo/form-library';
import { moduleMetaSchema } from '@modulo/form-model';
import { sessionHandoverApi } from './api/sessionHandoverApi';
import { citizenDraftsApi } from './api/citizenDraftsApi';
import { entesApi } from './api/entesApi';
import { submissionsApi } from './api/submissionsApi';
import { uploadsApi } from './api/uploadsApi';
import { moduleAdminApi } from './api/moduleAdminApi';
import { publishedModulesApi } from './api/publishedModulesApi';
import { receiptApi } from './api/receiptApi';
import { ratingApi } from './api/ratingApi';
import { citizenDocumentsApi } from './api/citizenDocumentsApi';
import { verifyApi } from './api/verifyApi';
import { entePraticheApi, myPraticheApi } from './api/praticheApi';
import { authRoutes } from './auth/authRoutes';
import { actionsApi } from './backoffice/actionsApi';
import { attachmentsApi } from './backoffice/attachmentsApi';
import { auditApi } from './backoffice/auditApi';
import { inboxApi } from './backoffice/inboxApi';
import { citizenPraticaApi, staffMessagesApi } from './backoffice/messagesApi';
import { webhooksApi } from './backoffice/webhooks/webhooksApi';
import { monitoringApi } from './backoffice/monitoringApi';
import { monitoringRatingsApi } from './backoffice/monitoringRatingsApi';
import { enteCors } from './auth/enteCors';
import { securityHeaders } from './securityHeaders';
import { embedOriginsApi } from './api/embedOriginsApi';
import { meApi } from './auth/meApi';
import type { OidcSettings } from './auth/oidcClient';
import { oidcClient } from './auth/oidcClient';
import { sessionMiddleware } from './auth/sessionMiddleware';
import { tokensApi } from './auth/tokensApi';
import { ASSETS_PREFIX, bootstrapItaliaAssets } from './pages/bootstrapItaliaAssets';
import type { Env, ServerConfig } from './env';
import { DEFAULT_CONFIG } from './env';
import { ApiError, errorBody } from './errors';
import { jsonBodyLimit } from './jsonBodyLimit';
import { pageContext } from './pages/lang';
import { notFoundPage } from './pages/notFoundPage';
import { cataloguePages } from './routes/cataloguePages';
import { demoSitePages } from './routes/demoSitePages';
import { designerAssets } from './routes/designerAssets';
import { embedAssets } from './routes/embedAssets';
import { entePages } from './routes/entePages';
import type { ModuleSource } from './routes/modulesApi';
import { modulesApi } from './routes/modulesApi';
import { procedureApi } from './routes/procedureApi';
import type { Store } from './storage/Store';

export interface AppOptions {
  /** Everything the server keeps; `openSqliteStore(':memory:')` in tests. */
  store: Store;
  /** The clock, read only at this edge (once per request); tests pass a fixed one. */
  now?: () => Date;
  config?: Partial<ServerConfig>;
  /**
   * Sets `citizen` / `staff` from the request (server-identity's session middleware). Without
   * it nobody is logged in; tests pass their own.
   */
  authenticate?: MiddlewareHandler<Env>;
  /** The library catalogue pages' source (the standard forms by default). */
  modules?: ModuleSource;
  /** The OIDC provider citizens and staff log in with; without it `/auth/login` answers 503. */
  oidc?: OidcSettings;
}

/** A browser asking for a page gets HTML; the JSON API and other clients keep the coded JSON body. */
const wantsPage = (c: Context) =>
  !/^\/api(\/|$)/.test(c.req.path) && (c.req.header('accept') ?? '').includes('text/html');
/** The page a 404 is shown on, in the language its `?lang` asks for. */
const pageOf = (c: Context) => pageContext(c.req.url, c.req.query('lang'));

/** Paths whose bodies are streamed and limited by their own handler (uploads, maxUploadBytes). */
const STREAMED = /^\/api\/(entes\/[^/]+\/uploads|backoffice\/uploads|pratiche\/[^/]+\/uploads)$/;

/** The whole HTTP surface, without side effects: `main.ts` serves it, tests call `app.request()`. */
export function createApp(options: AppOptions) {
  const modules = options.modules ?? { list: libraryModules, get: getLibraryModule };
  const now = options.now ?? (() => new Date());
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...options.config };
  const { store } = options;
  const oidc = options.oidc && oidcClient(options.oidc);
  const jsonLimit = jsonBodyLimit(config.maxJsonBytes);

  const base = new OpenAPIHono<Env>();
  // The document and its reference page are registered on the base app, which collects the
  // route definitions of every OpenAPIHono sub-app mounted below.
  base.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Modulo API',
      version: '0.1.0',
      description:
        'Online applications to Italian Comuni: entes and directories, published modules, uploads, ' +
        'filing with protocol number, receipts and verification. Every error is ' +
        '`{ error: { code, message, messageEn, path?, details? } }`.',
    },
  });
  base.get('/api/docs', Scalar({ url: '/api/openapi.json', pageTitle: 'Modulo API' }));

  const app = base
    .use('*', securityHeaders())
    .use('*', async (c, next) => {
      c.set('now', now());
      c.set('store', store);
      c.set('config', config);
      await next();
    })
    .use('/api/*', async (c, next) => (STREAMED.test(c.req.path) ? next() : jsonLimit(c, next)))
    .use('*', options.authenticate ?? sessionMiddleware())
    .use('/api/*', enteCors())
    // An embed on a Comune's site logs out with its header session: the same CORS as the API.
    .use('/auth/logout', enteCors())
    .route(ASSETS_PREFIX, bootstrapItaliaAssets())
    .route('/auth', authRoutes(oidc))
    .route('/api/me/pratiche', myPraticheApi())
    .route('/api/me', meApi())
    .route('/api/entes', entePraticheApi())
    .route('/api/entes', tokensApi())
    .route('/api/entes', embedOriginsApi())
    .route('/api/entes', entesApi())
    .route('/api/entes', uploadsApi())
    .route('/api/entes', submissionsApi())
    .route('/api/entes', publishedModulesApi())
    .route('/api/entes', moduleAdminApi())
    .route('/api/entes', citizenDraftsApi())
    .route('/api/entes', sessionHandoverApi())
    .route('/api/entes', monitoringRatingsApi())
    .route('/api/pratiche', receiptApi())
    .route('/api/pratiche', ratingApi())
    .route('/api/pratiche', citizenPraticaApi())
    .route('/api/pratiche', citizenDocumentsApi())
    .route('/api/backoffice', inboxApi())
    .route('/api/backoffice', actionsApi())
    .route('/api/backoffice/pratiche', staffMessagesApi())
    .route('/api/backoffice', webhooksApi())
    .route('/api/backoffice', monitoringApi())
    .route('/api/backoffice', auditApi())
    .route('/api/backoffice', attachmentsApi())
    .route('/api/verify', verifyApi())
    .route('/api/modules', modulesApi(modules))
    .get('/api/meta-schema', (c) => c.json(moduleMetaSchema))
    .route('/api', procedureApi())
    .route('/', cataloguePages(modules, now))
    .route('/', entePages())
    .route('/embed', embedAssets())
    .route('/', demoSitePages())
    .route('/designer', designerAssets())
    .get('/healthz', (c) => c.json({ ok: true }));

  app.notFound((c) =>
    wantsPage(c)
      ? c.html(notFoundPage(pageOf(c)), 404)
      : c.json(errorBody('not_found', 'Pagina non trovata.', 'Not found.'), 404),
  );
  app.onError((err, c) => {
    if (err instanceof ApiError) {
      if (err.status === 404 && wantsPage(c)) {
        const page = pageOf(c);
        return c.html(notFoundPage(page, page.lang === 'it' ? err.messageIt : err.messageEn), 404);
      }
      return c.json(err.body(), err.status);
    }
    if (err instanceof HTTPException && err.status === 400 && /malformed json/i.test(err.message)) {
      return c.json(
        errorBody(
          'invalid_json',
          'Il corpo della richiesta non è un JSON valido.',
          'The request body is not valid JSON.',
        ),
        400,
      );
    }
    if (err instanceof HTTPException) {
      return c.json(errorBody('http_error', err.message, err.message), err.status);
    }
    console.error(err);
    return c.json(errorBody('internal', 'Errore interno del server.', 'Internal server error.'), 500);
  });
  return app;
}

/** The type of the whole API, for `hc<AppType>` (see `client.ts`). */
export type AppType = ReturnType<typeof createApp>;
