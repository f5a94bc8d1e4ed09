import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { IdentityStore } from '../storage/IdentityStore';
import { randomSecret, sha256Hex } from './sessionCookie';

/**
 * How long the login's one-time code can be exchanged by default: the embed does it as the page
 * loads (`ServerConfig.handoverTtlSeconds`, `HANDOVER_TTL_SECONDS=` in main.ts, may change it).
 */
export const HANDOVER_TTL_SECONDS = 60;

/** The fragment the login callback appends to a Comune's page: the code and the ente it is for. */
export const handoverFragment = (code: string, enteId: string) => `modulo-code=${code}&modulo-ente=${enteId}`;

// The code is 32 random bytes: its SHA-256 under another label is a key the stored row (which
// holds the code's plain SHA-256) does not give.
const keyOf = (code: string) => createHash('sha256').update(`modulo-handover-key:${code}`).digest();

/** AES-256-GCM of the session secret under the code's key: iv, tag and text, base64url. */
function seal(secret: string, code: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(code), iv);
  const text = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), text]).toString('base64url');
}

function unseal(sealed: string, code: string): string | undefined {
  const raw = Buffer.from(sealed, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(code), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/**
 * Stores a one-time code for a citizen's session secret, for the embed on `enteId`'s site: the
 * store keeps the code's SHA-256 and the secret sealed under a key derived from the code, so
 * neither the code nor the session can be read back from the database. Returns the code.
 */
export async function issueHandover(
  identity: IdentityStore,
  now: Date,
  enteId: string,
  secret: string,
  ttlSeconds = HANDOVER_TTL_SECONDS,
): Promise<string> {
  const code = randomSecret();
  await identity.putHandover({
    codeSha256: sha256Hex(code),
    enteId,
    sealed: seal(secret, code),
    expiresAt: new Date(now.getTime() + ttlSeconds * 1000).toISOString(),
  });
  return code;
}

/** Why a code is refused: unknown or already used, expired, or for another ente. */
export type HandoverRefusal = 'handover_invalid' | 'handover_expired' | 'handover_wrong_ente';

/**
 * Takes the code (once: a second exchange, even a refused first one, finds nothing) and gives the
 * session secret back when it is this ente's and not expired.
 */
export async function redeemHandover(
  identity: IdentityStore,
  now: Date,
  enteId: string,
  code: string,
): Promise<{ ok: true; secret: string } | { ok: false; code: HandoverRefusal }> {
  const found = await identity.takeHandover(sha256Hex(code));
  if (!found) return { ok: false, code: 'handover_invalid' };
  if (found.expiresAt <= now.toISOString()) return { ok: false, code: 'handover_expired' };
  if (found.enteId !== enteId) return { ok: false, code: 'handover_wrong_ente' };
  const secret = unseal(found.sealed, code);
  return secret ? { ok: true, secret } : { ok: false, code: 'handover_invalid' };
}
