import { hash } from 'node:crypto';

/**
 * SHA-256 of a string (UTF-8) or bytes, as lowercase hex. The one-shot `crypto.hash` costs
 * half of `createHash().update().digest()` on Node 20 (OpenSSL 3 looks the digest up per object).
 */
export function sha256Hex(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}
