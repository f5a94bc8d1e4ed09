import { createRoute, z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { compile } from '@modulo/form-model';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { SERVICE_COLUMNS, serviceEntry } from '../catalogue/serviceEntry';
import { toCsv } from '../catalogue/toCsv';
import type { PublishedModule } from '../storage/ModuleStore';
import type { PublishedBodyCache } from './publishedBodyCache';
import { publishedBodyCache } from './publishedBodyCache';
import { validatorsFor } from '../validator/validatorsFor';
import { requireEnte } from './entesApi';
import { openApiApp } from './openApiApp';
import { EnteParam, errors } from './schemas';

const ModuleParams = EnteParam.extend({
  moduleId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .openapi({ param: { name: 'moduleId', in: 'path' }, example: 'iscrizione-mensa-scolastica' }),
});
const VersionParams = ModuleParams.extend({
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/)
    .openapi({ param: { name: 'version', in: 'path' }, example: '1.0.0' }),
});
const LangQuery = z.object({
  lang: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional()
    .openapi({ description: 'Language of titles and help (default it)' }),
});

const PublishedSchema = z
  .object({
    moduleId: z.string(),
    version: z.string(),
    status: z.enum(['published', 'archived']),
    publishedAt: z.string(),
    module: z.record(z.string(), z.unknown()),
    schema: z.record(z.string(), z.unknown()).openapi({ description: 'JSON Schema 2020-12 of the answers' }),
    uiSchema: z.record(z.string(), z.unknown()).openapi({ description: 'rjsf uiSchema' }),
    validatorUrl: z.string().openapi({ description: 'Ajv standalone validator (ES module)' }),
    validatorRjsfUrl: z
      .string()
      .openapi({ description: 'rjsf precompiled validator (ES module) with `rootSchema`' }),
  })
  .openapi('PublishedModule');

const ServiceSchema = z
  .object({
    ente: z.string(),
    moduleId: z.string(),
    version: z.string(),
    publishedAt: z.string(),
    title: z.string(),
    description: z.string(),
    legalBasis: z.string(),
    office: z.string(),
    officeAddress: z.string(),
    officeHours: z.string(),
    officeEmail: z.string(),
    officePec: z.string(),
    officePhone: z.string(),
    responsible: z.string(),
    responsibleRole: z.string(),
    responsibleEmail: z.string(),
    responsiblePhone: z.string(),
    substitute: z.string(),
    substituteRole: z.string(),
    substituteEmail: z.string(),
    substitutePec: z.string(),
    substitutePhone: z.string(),
    termDays: z.number(),
    silenzioAssenso: z.boolean(),
    selfDeclaration: z.boolean(),
    loginLevel: z.string(),
    attachments: z.string(),
    fees: z.string(),
    remedies: z.string(),
    statusInfo: z.string(),
    serviceUrl: z.string(),
    moduleUrl: z.string(),
  })
  .openapi('Service');

const tags = ['Modules'];
const js = (description: string) => ({
  description,
  content: { 'application/javascript': { schema: z.string() } },
});

const currentRoute = createRoute({
  method: 'get',
  path: '/{ente}/modules/{moduleId}',
  tags,
  summary: 'The current published version of a module, compiled: module, schema, uiSchema',
  request: { params: ModuleParams, query: LangQuery },
  responses: {
    200: { description: 'The module', content: { 'application/json': { schema: PublishedSchema } } },
    ...errors(400, 404, 409),
  },
});

const pinnedRoute = createRoute({
  method: 'get',
  path: '/{ente}/modules/{moduleId}/versions/{version}',
  tags,
  summary: 'One published version (also when archived: pratiche refer to it)',
  request: { params: VersionParams, query: LangQuery },
  responses: {
    200: { description: 'The module version', content: { 'application/json': { schema: PublishedSchema } } },
    ...errors(400, 404),
  },
});

const validatorRoute = createRoute({
  method: 'get',
  path: '/{ente}/modules/{moduleId}/versions/{version}/validator.js',
  tags,
  summary: 'Ajv standalone validator of a version, as an ES module: `export default validate`',
  request: { params: VersionParams },
  responses: { 200: js('ES module, no eval'), ...errors(400, 404) },
});

const rjsfValidatorRoute = createRoute({
  method: 'get',
  path: '/{ente}/modules/{moduleId}/versions/{version}/validator-rjsf.js',
  tags,
  summary: 'rjsf precompiled validator: `export default validateFns; export const rootSchema`',
  request: { params: VersionParams },
  responses: { 200: js('ES module, no eval'), ...errors(400, 404) },
});

const servicesRoute = createRoute({
  method: 'get',
  path: '/{ente}/services',
  tags: ['Catalogue'],
  summary: "The ente's service catalogue: each published procedure with its art. 35 data",
  request: { params: EnteParam },
  responses: {
    200: {
      description: 'The catalogue',
      content: {
        'application/json': {
          schema: z.object({ ente: z.string(), name: z.string(), services: z.array(ServiceSchema) }),
        },
      },
    },
    ...errors(400, 404),
  },
});

const servicesCsvRoute = createRoute({
  method: 'get',
  path: '/{ente}/services.csv',
  tags: ['Catalogue'],
  summary: 'The same catalogue as CSV (RFC 4180, UTF-8): open data',
  request: { params: EnteParam },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...errors(400, 404),
  },
});

const notFound = (id: string) =>
  new ApiError('module_not_found', `Modulo "${id}" non trovato.`, `Module "${id}" not found.`);

async function pinned(
  c: Context<Env>,
  enteId: string,
  moduleId: string,
  version: string,
): Promise<PublishedModule> {
  const v = await c.get('store').modules.version(enteId, moduleId, version);
  if (!v) {
    if (!(await c.get('store').modules.current(enteId, moduleId))) throw notFound(moduleId);
    throw new ApiError(
      'version_not_found',
      `Il modulo "${moduleId}" non ha una versione ${version} pubblicata.`,
      `Module "${moduleId}" has no published version ${version}.`,
    );
  }
  return v;
}

function body(enteId: string, v: PublishedModule, lang?: string) {
  const { schema, uiSchema } = compile(v.module, { lang });
  const base = `/api/entes/${enteId}/modules/${v.moduleId}/versions/${v.version}`;
  return {
    moduleId: v.moduleId,
    version: v.version,
    status: v.status,
    publishedAt: v.publishedAt,
    module: v.module as unknown as Record<string, unknown>,
    schema: schema as Record<string, unknown>,
    uiSchema: uiSchema as Record<string, unknown>,
    validatorUrl: `${base}/validator.js`,
    validatorRjsfUrl: `${base}/validator-rjsf.js`,
  };
}

/** Code that never changes for a version: cache it for a year, and let any origin import it. */
function sendModuleCode(c: Context<Env>, code: string) {
  c.header('Content-Type', 'application/javascript; charset=utf-8');
  c.header('Cache-Control', 'public, max-age=31536000, immutable');
  c.header('Access-Control-Allow-Origin', '*');
  return c.body(code, 200);
}

/** The published entries of an ente's catalogue: current versions that are not archived. */
async function catalogue(c: Context<Env>, enteId: string) {
  const all = await c.get('store').modules.list(enteId);
  const base = c.get('config').publicUrl.replace(/\/$/, '');
  return all.filter((p) => p.status === 'published').map((p) => serviceEntry(enteId, p, base));
}

/**
 * A version's response: the JSON `c.json(body(...))` would send, byte for byte, from the cache
 * (compiled once per version and language, not on every embed start).
 */
function sendPublished(
  c: Context<Env>,
  cache: PublishedBodyCache,
  enteId: string,
  v: PublishedModule,
  lang: string | undefined,
) {
  const json = cache.json(enteId, v, lang, () => body(enteId, v, lang));
  // The type `c.json` would give it: the typed client (AppType) reads the same shape.
  return c.body(json, 200, { 'Content-Type': 'application/json' }) as unknown as Response &
    TypedResponse<JSONParsed<z.infer<typeof PublishedSchema>>, 200, 'json'>;
}

/**
 * Public reading of an ente's published modules: current and pinned versions with their
 * compiled schema, the browser validators compiled at publish, and the service catalogue.
 * `cache` keeps the versions' compiled bodies (one per app by default).
 */
export function publishedModulesApi(cache: PublishedBodyCache = publishedBodyCache()) {
  return openApiApp()
    .openapi(currentRoute, async (c) => {
      const { ente: enteId, moduleId } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      const current = await c.get('store').modules.current(ente.id, moduleId);
      if (!current) throw notFound(moduleId);
      if (current.status === 'archived') {
        throw new ApiError(
          'module_archived',
          `Il modulo "${moduleId}" è archiviato: non si possono presentare nuove domande.`,
          `Module "${moduleId}" is archived: no new filings.`,
          { details: { version: current.version } },
        );
      }
      return sendPublished(c, cache, ente.id, current, c.req.valid('query').lang);
    })
    .openapi(pinnedRoute, async (c) => {
      const { ente: enteId, moduleId, version } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      const v = await pinned(c, ente.id, moduleId, version);
      return sendPublished(c, cache, ente.id, v, c.req.valid('query').lang);
    })
    .openapi(validatorRoute, async (c) => {
      const { ente: enteId, moduleId, version } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      const v = await pinned(c, ente.id, moduleId, version);
      return sendModuleCode(c, (await validatorsFor(c.get('store'), ente.id, v)).standalone);
    })
    .openapi(rjsfValidatorRoute, async (c) => {
      const { ente: enteId, moduleId, version } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      const v = await pinned(c, ente.id, moduleId, version);
      return sendModuleCode(c, (await validatorsFor(c.get('store'), ente.id, v)).rjsf);
    })
    .openapi(servicesRoute, async (c) => {
      const ente = await requireEnte(c, c.req.valid('param').ente);
      return c.json({ ente: ente.id, name: ente.name, services: await catalogue(c, ente.id) }, 200);
    })
    .openapi(servicesCsvRoute, async (c) => {
      const ente = await requireEnte(c, c.req.valid('param').ente);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `inline; filename="servizi-${ente.id}.csv"`);
      return c.body(toCsv(await catalogue(c, ente.id), SERVICE_COLUMNS), 200);
    });
}
