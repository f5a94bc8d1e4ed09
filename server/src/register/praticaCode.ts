import { randomInt } from 'node:crypto';

/** The pratica code alphabet: digits and capitals without 0/O, 1/I/L, read aloud without doubt. */
export const PRATICA_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const CODE = new RegExp(`^[${PRATICA_CODE_ALPHABET}]{4}-[${PRATICA_CODE_ALPHABET}]{4}$`);

const N = PRATICA_CODE_ALPHABET.length;

/** Filings per step of a code's ordered part (see `newPraticaCode`). */
export const PRATICA_CODE_STEP = 32;

/**
 * A new pratica code, e.g. "K7QM-4TZP": two characters for the UTC day of `at` (the day's
 * number modulo 31², a cycle of 2.6 years); with `sequence` (the protocol number), three
 * characters that grow with it, one step every `PRATICA_CODE_STEP` numbers (31³ steps before
 * they repeat), then three random; without it, six random (31⁶ ≈ 8.9·10⁸ codes a day). Codes
 * filed together are then neighbours in every index keyed by code (the pratiche's primary key,
 * the register's and the audit's): a batch of filings writes to the last page or two of each
 * instead of a page per filing all over the day's codes, and the register does not grow dearer
 * to file into (docs/decisions/2026-12-03-filing-throughput.md). The code is no secret (every
 * read needs a session or the receipt's hash); the date and protocol number it hints at are on
 * the receipt anyway. Two codes alike are possible (31³ random endings a step, shared by an
 * ente's AOOs): the store draws again when a code is taken.
 */
export function newPraticaCode(at: Date = new Date(), sequence?: number): string {
  const day = Math.floor(at.getTime() / 86_400_000) % (N * N);
  let s = PRATICA_CODE_ALPHABET[Math.floor(day / N)]! + PRATICA_CODE_ALPHABET[day % N]!;
  const step = sequence === undefined ? undefined : Math.floor(sequence / PRATICA_CODE_STEP) % (N * N * N);
  for (let i = 2; i < 8; i++) {
    if (i === 4) s += '-';
    s +=
      step !== undefined && i < 5
        ? PRATICA_CODE_ALPHABET[Math.floor(step / N ** (4 - i)) % N]
        : PRATICA_CODE_ALPHABET[randomInt(N)];
  }
  return s;
}

/** Whether a string has the shape of a pratica code. */
export function isPraticaCode(value: string): boolean {
  return CODE.test(value);
}
