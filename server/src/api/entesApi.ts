import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { staffOf } from '../auth/requireStaff';
import { bearerOf, tokenOf } from '../auth/requireToken';
import type { Env } from '../env';
import { ApiError } from '../errors';
import type { Ente } from '../storage/EnteStore';
import { openApiApp } from './openApiApp';
import { DirectorySchema, EnteParam, EnteSchema, EnteSummarySchema, errors } from './schemas';

/** The ente of the path, or a coded 404: the only way sub-apps look an ente up. */
export async function requireEnte(c: Context<Env>, id: string): Promise<Ente> {
  const ente = await c.get('store').entes.get(id);
  if (!ente) throw new ApiError('ente_not_found', `Ente "${id}" non trovato.`, `Ente "${id}" not found.`);
  return ente;
}

const summary = (e: Ente) => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  ipaCode: e.ipaCode,
  aoo: e.aoo,
  members: e.members,
  ...(e.unione ? { unione: e.unione } : {}),
});

const listEntes = createRoute({
  method: 'get',
  path: '/',
  tags: ['Entes'],
  summary: 'Every ente served here: Comuni and Unioni with their AOO',
  responses: {
    200: {
      description: 'The entes',
      content: { 'application/json': { schema: z.object({ entes: z.array(EnteSummarySchema) }) } },
    },
  },
});

const getEnte = createRoute({
  method: 'get',
  path: '/{ente}',
  tags: ['Entes'],
  summary: 'One ente with its offices (public contact data)',
  request: { params: EnteParam },
  responses: {
    200: { description: 'The ente', content: { 'application/json': { schema: EnteSchema } } },
    ...errors(400, 404),
  },
});

const getDirectory = createRoute({
  method: 'get',
  path: '/{ente}/directory',
  tags: ['Entes'],
  summary: "The ente's directory: offices and staff (ids bound by published modules)",
  request: { params: EnteParam },
  responses: {
    200: { description: 'The directory', content: { 'application/json': { schema: DirectorySchema } } },
    ...errors(400, 401, 403, 404),
  },
});

/** `/api/entes`: entes and their directories. */
export function entesApi() {
  return openApiApp()
    .openapi(listEntes, async (c) => c.json({ entes: (await c.get('store').entes.list()).map(summary) }, 200))
    .openapi(getEnte, async (c) => {
      const e = await requireEnte(c, c.req.valid('param').ente);
      return c.json(
        {
          ...summary(e),
          ...(e.patron ? { patron: e.patron } : {}),
          embedOrigins: e.embedOrigins,
          offices: e.offices,
        },
        200,
      );
    })
    .openapi(getDirectory, async (c) => {
      const e = await requireEnte(c, c.req.valid('param').ente);
      // Staff names, roles and offices are for the ente's own people and systems.
      if (bearerOf(c)) await tokenOf(c, 'directory:read');
      else staffOf(c, { ente: () => e.id });
      return c.json({ offices: e.offices, staff: e.staff }, 200);
    });
}
