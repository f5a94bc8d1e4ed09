import { createRoute, z } from '@hono/zod-openapi';
import { randomUUID } from 'node:crypto';
import { getFieldKind, localize, prop } from '@modulo/form-model';
import { ApiError } from '../errors';
import { attachmentField } from '../filing/attachmentField';
import { normalizeFileName } from '../filing/normalizeFileName';
import { readLimitedBody } from '../filing/readLimitedBody';
import { sniffMediaType } from '../filing/sniffMediaType';
import { requireEnte } from './entesApi';
import { openApiApp } from './openApiApp';
import { citizenOf } from '../auth/requireCitizen';
import { filerOf } from './filerOf';
import { EnteParam, errors } from './schemas';

const MB = 2 ** 20;

export const UploadSchema = z
  .object({
    id: z.string(),
    name: z.string().openapi({ description: 'Normalised: no path parts, no control or bidi characters' }),
    size: z.number().int(),
    type: z.string().openapi({ description: 'Found by content sniffing, not taken from the request' }),
    sha256: z.string(),
    expiresAt: z.string().openapi({ description: 'Unless referenced by a filing before then' }),
  })
  .openapi('Upload');

const upload = createRoute({
  method: 'post',
  path: '/{ente}/uploads',
  tags: ['Filing'],
  summary: 'Upload one attachment for a module field (raw body, streamed)',
  description:
    'The body is the file itself. `X-Filename` carries its name (percent-encoded UTF-8). The type ' +
    'is found from the content and must be one the field accepts; the size is checked while reading.',
  request: {
    params: EnteParam,
    query: z.object({
      module: z.string().openapi({ example: 'passo-carrabile' }),
      field: z.string().openapi({ example: 'planimetriaPasso', description: 'Field id or JSON Pointer' }),
    }),
    headers: z.object({ 'x-filename': z.string().max(2048).optional() }),
  },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: UploadSchema } } },
    ...errors(400, 401, 404, 409, 413, 415),
  },
});

/**
 * `POST /api/entes/:ente/uploads`: attachments uploaded before filing, referenced by id; by a
 * citizen, or by an integration token with `submissions:write` (then only that token files it).
 */
export function uploadsApi() {
  return openApiApp().openapi(upload, async (c) => {
    const filer = await filerOf(c);
    const { ente: enteId } = c.req.valid('param');
    const { module: moduleId, field: fieldKey } = c.req.valid('query');
    const ente = await requireEnte(c, enteId);
    const published = await c.get('store').modules.current(ente.id, moduleId);
    if (!published)
      throw new ApiError('module_not_found', 'Modulo non trovato.', `Module "${moduleId}" not found.`);
    if (published.status === 'archived')
      throw new ApiError(
        'module_archived',
        'Questo modulo è archiviato.',
        `Module "${moduleId}" is archived.`,
      );
    if (filer.kind === 'citizen') citizenOf(c, published.module.procedure.loginLevel);
    const target = attachmentField(published.module, fieldKey);
    if (!target)
      throw new ApiError(
        'invalid_attachment',
        `"${fieldKey}" non è un campo allegato di questo modulo.`,
        `"${fieldKey}" is not an attachment field of module "${moduleId}".`,
        { path: '/field' },
      );
    const kind = getFieldKind('attachment')!;
    const maxSizeMb = prop<number>(target.field, kind, 'maxSizeMb');
    const accept = prop<string[]>(target.field, kind, 'accept');
    const limit = Math.min(Math.floor(maxSizeMb * MB), c.get('config').maxUploadBytes);
    const tooLarge = () =>
      new ApiError(
        'payload_too_large',
        `Il file supera la dimensione massima di ${maxSizeMb} MB.`,
        `The file exceeds ${limit} bytes.`,
      );
    const declared = Number(c.req.header('content-length') ?? NaN);
    if (declared > limit) throw tooLarge();
    const body = await readLimitedBody(c.req.raw.body, limit);
    if (!body) throw tooLarge();
    if (body.bytes.byteLength === 0)
      throw new ApiError('invalid_attachment', 'Il file è vuoto.', 'The file is empty.');
    const mediaType = sniffMediaType(body.bytes.subarray(0, 64));
    if (!mediaType || (accept.length > 0 && !accept.includes(mediaType)))
      throw new ApiError(
        'unsupported_media_type',
        `Il contenuto del file non è di un tipo ammesso per "${localize(target.field.label)}"` +
          (accept.length > 0 ? ` (${accept.join(', ')}).` : '.'),
        `The file's content is ${mediaType ?? 'of an unknown type'}; the field accepts ${accept.join(', ') || 'any known type'}.`,
      );
    const now = c.get('now');
    const record = await c.get('store').uploads.create(
      {
        id: randomUUID(),
        enteId: ente.id,
        owner: filer.submitter,
        name: normalizeFileName(c.req.valid('header')['x-filename'], mediaType),
        mediaType,
        size: body.bytes.byteLength,
        sha256: body.sha256,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + c.get('config').uploadTtlSeconds * 1000).toISOString(),
      },
      body.bytes,
    );
    return c.json(
      {
        id: record.id,
        name: record.name,
        size: record.size,
        type: record.mediaType,
        sha256: record.sha256,
        expiresAt: record.expiresAt,
      },
      201,
    );
  });
}
