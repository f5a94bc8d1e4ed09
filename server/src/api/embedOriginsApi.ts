import { createRoute, z } from '@hono/zod-openapi';
import { forgetEmbedOrigins } from '../auth/enteCors';
import { parseEmbedOrigins } from '../auth/embedOrigin';
import { staffOf } from '../auth/requireStaff';
import { requireEnte } from './entesApi';
import { openApiApp } from './openApiApp';
import { EnteParam, errors } from './schemas';

const Origins = z
  .object({
    origins: z
      .array(z.string().max(2048))
      .max(100)
      .openapi({
        description:
          'Bare origins (`https://host[:port]`, `http` only for localhost and 127.0.0.1) of the sites that embed the ente’s forms',
        example: ['https://www.comune.example.it'],
      }),
  })
  .openapi('EmbedOrigins');

const tags = ['Entes'];

const getRoute = createRoute({
  method: 'get',
  path: '/{ente}/embed-origins',
  tags,
  summary: 'The sites allowed to embed the ente’s forms (CORS, login return); ente admins only',
  request: { params: EnteParam },
  responses: {
    200: { description: 'The origins', content: { 'application/json': { schema: Origins } } },
    ...errors(401, 403, 404),
  },
});

const putRoute = createRoute({
  method: 'put',
  path: '/{ente}/embed-origins',
  tags,
  summary: 'Replace the sites allowed to embed the ente’s forms; ente admins only (cookie + CSRF)',
  description:
    'Each entry must be a bare origin, as browsers send it in `Origin`; the first bad one is refused ' +
    'with 422 `invalid_embed_origin` and its `path` (`/origins/<i>`). This instance applies the list ' +
    'at once, other instances within 5 seconds. Origins in the `EMBED_ORIGINS` setting are added ' +
    'back to every ente when the server starts.',
  request: {
    params: EnteParam,
    body: { content: { 'application/json': { schema: Origins } }, required: true },
  },
  responses: {
    200: { description: 'The origins now allowed', content: { 'application/json': { schema: Origins } } },
    ...errors(400, 401, 403, 404, 422),
  },
});

/** `GET/PUT /api/entes/{ente}/embed-origins`: where the ente's forms may be embedded, by its admins. */
export function embedOriginsApi() {
  return openApiApp()
    .openapi(getRoute, async (c) => {
      const { ente: id } = c.req.valid('param');
      staffOf(c, { ente: () => id, roles: ['admin'] });
      const ente = await requireEnte(c, id);
      return c.json({ origins: ente.embedOrigins }, 200);
    })
    .openapi(putRoute, async (c) => {
      const { ente: id } = c.req.valid('param');
      const staff = staffOf(c, { ente: () => id, roles: ['admin'] });
      const before = (await requireEnte(c, id)).embedOrigins;
      const origins = parseEmbedOrigins(c.req.valid('json').origins);
      await c.get('store').entes.setEmbedOrigins(id, origins);
      forgetEmbedOrigins(c.get('store'));
      await c.get('store').audit.append({
        at: c.get('now').toISOString(),
        enteId: id,
        actor: `staff:${staff.id}`,
        action: 'ente.embed_origins_changed',
        subject: id,
        data: { before, after: origins },
      });
      return c.json({ origins }, 200);
    });
}
