import { createRoute, z } from '@hono/zod-openapi';
import { verifyPratica, VerificationSchema } from '../register/verifyPratica';
import { openApiApp } from './openApiApp';
import { errors } from './schemas';

const verify = createRoute({
  method: 'get',
  path: '/{code}',
  tags: ['Verification'],
  summary: 'Check a receipt: the pratica exists with this hash and the register chain up to it holds',
  request: {
    params: z.object({
      code: z
        .string()
        .max(20)
        .openapi({ param: { name: 'code', in: 'path' }, example: 'K7QM-4TZP' }),
    }),
    query: z.object({
      hash: z.string().max(128).optional().openapi({ description: 'SHA-256 printed on the receipt' }),
    }),
  },
  responses: {
    200: {
      description: 'The verification (see `valid`)',
      content: { 'application/json': { schema: VerificationSchema } },
    },
    ...errors(400, 404),
  },
});

/** `GET /api/verify/:code?hash=`: public, shows no personal data. */
export function verifyApi() {
  return openApiApp().openapi(verify, async (c) => {
    const { code } = c.req.valid('param');
    const { hash } = c.req.valid('query');
    return c.json(await verifyPratica(c.var.store, code, hash), 200);
  });
}
