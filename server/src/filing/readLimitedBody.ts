import { createHash } from 'node:crypto';

/** A request body read to the end: its bytes and SHA-256. */
export interface LimitedBody {
  bytes: Uint8Array;
  sha256: string;
}

/**
 * Reads a streamed body, hashing as it goes, and stops reading (cancelling the stream) as soon
 * as it passes `maxBytes`: an oversized upload never sits in memory whole. Undefined when too big.
 */
export async function readLimitedBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<LimitedBody | undefined> {
  const hash = createHash('sha256');
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (body) {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return undefined;
      }
      hash.update(value);
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return { bytes, sha256: hash.digest('hex') };
}
