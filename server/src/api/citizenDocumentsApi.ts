import { createRoute, z } from '@hono/zod-openapi';
import { ApiError } from '../errors';
import { citizenDocuments } from './citizenPraticaView';
import { citizensPratica } from './citizensPratica';
import { openApiApp } from './openApiApp';
import { errors } from './schemas';

const Params = z.object({
  code: z
    .string()
    .regex(/^[A-Z0-9-]{4,20}$/)
    .openapi({ param: { name: 'code', in: 'path' }, example: 'K7QM-4TZP' }),
  uploadId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'uploadId', in: 'path' } }),
});

const route = createRoute({
  method: 'get',
  path: '/{code}/documents/{uploadId}',
  tags: ['Pratiche'],
  summary:
    'A document of the citizen’s own pratica: the final decision, a message attachment, a filing attachment',
  request: { params: Params },
  responses: {
    200: {
      description: 'The document, as uploaded (PDF, PNG or JPEG)',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors(401, 404),
  },
});

/** RFC 6266 filename: an ASCII fallback and the UTF-8 name. */
const disposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * `GET /api/pratiche/{code}/documents/{uploadId}`: only the pratica's citizen (`isCitizensPratica`), only the
 * documents `citizenDocuments` lists; anything else is the same 404.
 */
export function citizenDocumentsApi() {
  return openApiApp().openapi(route, async (c) => {
    const { code, uploadId } = c.req.valid('param');
    const notFound = () =>
      new ApiError(
        'upload_not_found',
        'Documento non trovato.',
        `No document ${uploadId} on pratica ${code} of yours.`,
      );
    const { pratica: p } = await citizensPratica(c, code, notFound);
    const doc = (await citizenDocuments(c.get('store'), p)).find((d) => d.uploadId === uploadId);
    const content = doc ? await c.get('store').uploads.content(p.enteId, doc.uploadId) : undefined;
    if (!doc || !content) throw notFound();
    c.header('Content-Type', doc.mediaType);
    c.header('Content-Disposition', disposition(doc.name));
    c.header('Cache-Control', 'private, no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(content), 200);
  });
}
