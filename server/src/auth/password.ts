import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';

/** scrypt parameters (OWASP: N=2^17, r=8, p=1); stored with each hash so they can be raised later. */
const PARAMS = { N: 2 ** 17, r: 8, p: 1, keylen: 32 } as const;

const scryptAsync = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

/** Hashes a password with scrypt and a random salt: `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string, params: Partial<typeof PARAMS> = {}): Promise<string> {
  const { N, r, p, keylen } = { ...PARAMS, ...params };
  const salt = randomBytes(16);
  const key = await scryptAsync(password.normalize('NFC'), salt, keylen, { N, r, p, maxmem: 256 * N * r });
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * Whether a password matches a stored hash, compared in constant time. A malformed hash is
 * simply no match. With no stored hash, still spends one scrypt so that timing does not tell
 * whether an account exists.
 */
export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const parts = (stored ?? '').split('$');
  const [tag, n, r, p, salt, hash] = parts;
  const ok = parts.length === 6 && tag === 'scrypt' && salt && hash;
  const N = ok ? Number(n) : PARAMS.N;
  const R = ok ? Number(r) : PARAMS.r;
  const P = ok ? Number(p) : PARAMS.p;
  const expected = ok ? Buffer.from(hash, 'base64url') : randomBytes(PARAMS.keylen);
  const key = await scryptAsync(
    password.normalize('NFC'),
    ok ? Buffer.from(salt, 'base64url') : randomBytes(16),
    expected.length,
    { N, r: R, p: P, maxmem: 256 * N * R },
  );
  return Boolean(ok) && key.length === expected.length && timingSafeEqual(key, expected);
}
