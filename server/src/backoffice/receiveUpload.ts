import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { normalizeFileName } from '../filing/normalizeFileName';
import { readLimitedBody } from '../filing/readLimitedBody';
import { sniffMediaType } from '../filing/sniffMediaType';
import type { UploadRecord } from '../storage/UploadStore';

/** What back-office documents and message attachments may be. */
const ACCEPTED = ['application/pdf', 'image/png', 'image/jpeg'];

/**
 * Stores the request body as an upload of `owner` ("staff:<id>" or "citizen:<CF>"): size
 * checked while reading, type by magic bytes, hashed by the server.
 */
export async function receiveUpload(c: Context<Env>, enteId: string, owner: string): Promise<UploadRecord> {
  const limit = c.get('config').maxUploadBytes;
  const body = await readLimitedBody(c.req.raw.body, limit);
  if (!body)
    throw new ApiError('payload_too_large', 'Il file è troppo grande.', `The file exceeds ${limit} bytes.`);
  if (body.bytes.byteLength === 0)
    throw new ApiError('invalid_attachment', 'Il file è vuoto.', 'The file is empty.');
  const mediaType = sniffMediaType(body.bytes.subarray(0, 64));
  if (!mediaType || !ACCEPTED.includes(mediaType))
    throw new ApiError(
      'unsupported_media_type',
      'Sono ammessi solo documenti PDF e immagini PNG o JPEG.',
      `Accepted: ${ACCEPTED.join(', ')}; got ${mediaType ?? 'an unknown type'}.`,
    );
  const now = c.get('now');
  return c.get('store').uploads.create(
    {
      id: randomUUID(),
      enteId,
      owner,
      name: normalizeFileName(c.req.header('x-filename'), mediaType),
      mediaType,
      size: body.bytes.byteLength,
      sha256: body.sha256,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + c.get('config').uploadTtlSeconds * 1000).toISOString(),
    },
    body.bytes,
  );
}

/** An upload of `owner` in this ente, not yet used elsewhere and not expired, or 404/410. */
export async function ownUpload(
  c: Context<Env>,
  enteId: string,
  owner: string,
  id: string,
  code: string,
): Promise<UploadRecord> {
  const u = await c.get('store').uploads.get(enteId, id);
  if (!u || u.owner !== owner || (u.praticaCode !== undefined && u.praticaCode !== code))
    throw new ApiError('upload_not_found', 'Documento caricato non trovato.', `No upload ${id} of yours.`);
  if (u.praticaCode === undefined && u.expiresAt <= c.get('now').toISOString())
    throw new ApiError(
      'upload_expired',
      'Il documento caricato è scaduto: caricalo di nuovo.',
      `Upload ${id} expired.`,
    );
  return u;
}
