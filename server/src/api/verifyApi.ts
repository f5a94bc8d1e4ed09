import { createRoute, z } from '@hono/zod-openapi';
import { ApiError } from '../errors';
import { isPraticaCode } from '../register/praticaCode';
import { normaliseCode, normaliseHash, verifyReceipt } from '../verify/verifyReceipt';
import { openApiApp } from './openApiApp';
import { errors } from './schemas';

const VerificationSchema = z
  .object({
    valid: z.boolean().openapi({ description: 'The pratica has this hash and its chain verifies' }),
    status: z.enum(['verified', 'hash_mismatch', 'chain_broken']),
    pratica: z
      .object({
        code: z.string(),
        enteName: z.string(),
        segnatura: z.string(),
        protocolDate: z.string().openapi({ description: 'YYYY-MM-DD, Europe/Rome: the filing date' }),
        subject: z.string(),
      })
      .optional()
      .openapi({ description: 'Shown only when the hash matches' }),
    linksChecked: z.number().optional(),
    brokenAt: z
      .number()
      .optional()
      .openapi({ description: 'The register link (seq) that does not recompute' }),
  })
  .openapi('ReceiptVerification');

const route = createRoute({
  method: 'get',
  path: '/{code}',
  tags: ['Verification'],
  summary: 'Check a receipt: the pratica exists with this SHA-256 and the register chain up to it verifies',
  request: {
    params: z.object({
      code: z.string().openapi({ param: { name: 'code', in: 'path' }, example: 'K7QM-4TZP' }),
    }),
    query: z.object({ hash: z.string().openapi({ description: 'SHA-256 (hex) printed on the receipt' }) }),
  },
  responses: {
    200: { description: 'The outcome', content: { 'application/json': { schema: VerificationSchema } } },
    ...errors(400, 404),
  },
});

/** Refuses a malformed code or hash before looking anything up. */
export function checkReceiptInput(code: string, hash: string): void {
  if (!isPraticaCode(code)) {
    throw new ApiError(
      'invalid_code',
      'Il codice pratica ha 8 caratteri in due gruppi, per esempio K7QM-4TZP.',
      'A pratica code is 8 characters in two groups, e.g. K7QM-4TZP.',
      { path: '/code' },
    );
  }
  if (!/^[0-9a-f]{64}$/.test(hash)) {
    throw new ApiError(
      'invalid_hash',
      "L'impronta è di 64 caratteri esadecimali (0-9, a-f).",
      'The hash is 64 hexadecimal characters.',
      { path: '/hash' },
    );
  }
}

/** `/api/verify/{code}?hash=`: the receipt check, for anyone holding a receipt. */
export function verifyApi() {
  return openApiApp().openapi(route, async (c) => {
    const code = normaliseCode(c.req.valid('param').code);
    const hash = normaliseHash(c.req.valid('query').hash);
    checkReceiptInput(code, hash);
    const outcome = await verifyReceipt(c.get('store'), code, hash);
    if (outcome.status === 'not_found') {
      throw new ApiError(
        'pratica_not_found',
        `Nessuna pratica con codice ${code}.`,
        `No pratica with code ${code}.`,
      );
    }
    return c.json({ valid: outcome.status === 'verified', ...outcome }, 200);
  });
}
