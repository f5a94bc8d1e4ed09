import { randomInt } from 'node:crypto';

/** The pratica code alphabet: digits and capitals without 0/O, 1/I/L, read aloud without doubt. */
export const PRATICA_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const CODE = new RegExp(`^[${PRATICA_CODE_ALPHABET}]{4}-[${PRATICA_CODE_ALPHABET}]{4}$`);

const N = PRATICA_CODE_ALPHABET.length;

/**
 * A new pratica code, e.g. "K7QM-4TZP": two characters for the UTC day of `at` (the day's
 * number modulo 31², a cycle of 2.6 years), six random (31⁶ ≈ 8.9·10⁸ codes a day). The day
 * makes the codes filed together neighbours in every index keyed by code (the pratiche's primary
 * key, the register's and the audit's): a filing then writes near the last ones instead of at a
 * random page of a large register (docs/decisions/2026-12-03-filing-throughput.md). The code is
 * no secret (every read needs a session or the receipt's hash); the filing date is in the
 * protocol anyway.
 */
export function newPraticaCode(at: Date = new Date()): string {
  const day = Math.floor(at.getTime() / 86_400_000) % (N * N);
  let s = PRATICA_CODE_ALPHABET[Math.floor(day / N)]! + PRATICA_CODE_ALPHABET[day % N]!;
  for (let i = 2; i < 8; i++) {
    if (i === 4) s += '-';
    s += PRATICA_CODE_ALPHABET[randomInt(N)];
  }
  return s;
}

/** Whether a string has the shape of a pratica code. */
export function isPraticaCode(value: string): boolean {
  return CODE.test(value);
}
