import { createRoute, z } from '@hono/zod-openapi';
import { openApiApp } from '../api/openApiApp';
import { errors } from '../api/schemas';
import { ApiError } from '../errors';
import { CodeParam } from './schemas';
import { visiblePratica } from './staffScope';

const route = createRoute({
  method: 'get',
  path: '/pratiche/{code}/attachments/{uploadId}',
  tags: ['Back office'],
  summary:
    "Downloads one of a pratica's documents (a filed attachment, a message's, the final decision) for its staff",
  request: {
    params: CodeParam.extend({
      uploadId: z
        .string()
        .min(1)
        .max(100)
        .openapi({ param: { name: 'uploadId', in: 'path' } }),
    }),
  },
  responses: {
    200: {
      description: 'The file as stored, with its media type (found by sniffing at upload)',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors(401, 403, 404),
  },
});

/** `filename*` (RFC 6266/5987) for any name, and an ASCII fallback. */
const disposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * `GET /api/backoffice/pratiche/{code}/attachments/{uploadId}`: only documents of that pratica
 * (filed with it, attached to its messages, or its final decision), only to staff who see it.
 */
export function attachmentsApi() {
  return openApiApp().openapi(route, async (c) => {
    const { code, uploadId } = c.req.valid('param');
    const { pratica } = await visiblePratica(c, code);
    const store = c.get('store');
    const record = await store.uploads.get(pratica.enteId, uploadId);
    const ofMessages = async () =>
      (await store.backoffice.messages(code)).some((m) => m.attachments.some((a) => a.uploadId === uploadId));
    const belongs =
      record !== undefined &&
      (record.praticaCode === code ||
        pratica.attachments.some((a) => a.uploadId === uploadId) ||
        (await ofMessages()));
    const content = belongs ? await store.uploads.content(pratica.enteId, uploadId) : undefined;
    if (!record || !content)
      throw new ApiError('upload_not_found', 'Documento non trovato.', `No document ${uploadId} in ${code}.`);
    c.header('Content-Type', record.mediaType);
    c.header('Content-Disposition', disposition(record.name));
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'private, no-store');
    return c.body(content as Uint8Array<ArrayBuffer>, 200);
  });
}
