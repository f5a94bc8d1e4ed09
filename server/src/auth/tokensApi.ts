import { createRoute, z } from '@hono/zod-openapi';
import { randomBytes } from 'node:crypto';
import { openApiApp } from '../api/openApiApp';
import { EnteParam, errors } from '../api/schemas';
import { ApiError } from '../errors';
import type { IntegrationToken } from '../storage/IdentityStore';
import { TOKEN_PREFIX, TOKEN_SCOPES } from './requireToken';
import { staffOf } from './requireStaff';
import { randomSecret, sha256Hex } from './sessionCookie';

const TokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    createdAt: z.string(),
    createdBy: z.string(),
    lastUsedAt: z.string().optional(),
    revokedAt: z.string().optional(),
  })
  .openapi('IntegrationToken');

const show = (t: IntegrationToken) => {
  const { secretSha256: _hidden, enteId: _ente, ...rest } = t;
  return rest as z.infer<typeof TokenSchema>;
};

const TokenIdParam = EnteParam.extend({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const list = createRoute({
  method: 'get',
  path: '/{ente}/admin/tokens',
  tags: ['Integration tokens'],
  summary: "The ente's integration tokens (never their secrets); ente admins only",
  request: { params: EnteParam },
  responses: {
    200: {
      description: 'Tokens',
      content: { 'application/json': { schema: z.object({ tokens: z.array(TokenSchema) }) } },
    },
    ...errors(401, 403, 404),
  },
});

const create = createRoute({
  method: 'post',
  path: '/{ente}/admin/tokens',
  tags: ['Integration tokens'],
  summary: 'Create a token for a back-office system: its secret is in this answer only',
  request: {
    params: EnteParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            name: z.string().min(1).max(100),
            scopes: z.array(z.enum(TOKEN_SCOPES)).min(1),
          }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'The token and, once, its secret (send as Authorization: Bearer <secret>)',
      content: { 'application/json': { schema: z.object({ token: TokenSchema, secret: z.string() }) } },
    },
    ...errors(400, 401, 403, 404),
  },
});

const revoke = createRoute({
  method: 'delete',
  path: '/{ente}/admin/tokens/{id}',
  tags: ['Integration tokens'],
  summary: 'Revoke a token: it stops working at once',
  request: { params: TokenIdParam },
  responses: {
    200: {
      description: 'Revoked',
      content: { 'application/json': { schema: z.object({ revoked: z.literal(true) }) } },
    },
    ...errors(401, 403, 404),
  },
});

/** `/api/entes/{ente}/admin/tokens`: integration tokens per ente, managed by its admins (cookie + CSRF). */
export function tokensApi() {
  return openApiApp()
    .openapi(list, async (c) => {
      const { ente } = c.req.valid('param');
      staffOf(c, { ente: () => ente, roles: ['admin'] });
      return c.json({ tokens: (await c.get('store').identity.listTokens(ente)).map(show) }, 200);
    })
    .openapi(create, async (c) => {
      const { ente } = c.req.valid('param');
      const staff = staffOf(c, { ente: () => ente, roles: ['admin'] });
      const { name, scopes } = c.req.valid('json');
      const secret = TOKEN_PREFIX + randomSecret();
      const token: IntegrationToken = {
        id: randomBytes(9).toString('base64url'),
        enteId: ente,
        name,
        scopes: [...new Set(scopes)],
        secretSha256: sha256Hex(secret),
        createdAt: c.get('now').toISOString(),
        createdBy: `staff:${staff.enteId}/${staff.id}`,
      };
      await c.get('store').identity.createToken(token);
      return c.json({ token: show(token), secret }, 201);
    })
    .openapi(revoke, async (c) => {
      const { ente, id } = c.req.valid('param');
      staffOf(c, { ente: () => ente, roles: ['admin'] });
      if (!(await c.get('store').identity.revokeToken(ente, id, c.get('now'))))
        throw new ApiError(
          'not_found',
          'Token non trovato o già revocato.',
          `No active token ${id} in ${ente}.`,
        );
      return c.json({ revoked: true as const }, 200);
    });
}
