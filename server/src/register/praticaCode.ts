import { randomInt } from 'node:crypto';

/** The pratica code alphabet: digits and capitals without 0/O, 1/I/L, read aloud without doubt. */
export const PRATICA_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const CODE = new RegExp(`^[${PRATICA_CODE_ALPHABET}]{4}-[${PRATICA_CODE_ALPHABET}]{4}$`);

/** A new random pratica code, e.g. "K7QM-4TZP" (31^8 ≈ 8.5·10^11 codes). */
export function newPraticaCode(): string {
  let s = '';
  for (let i = 0; i < 8; i++) {
    if (i === 4) s += '-';
    s += PRATICA_CODE_ALPHABET[randomInt(PRATICA_CODE_ALPHABET.length)];
  }
  return s;
}

/** Whether a string has the shape of a pratica code. */
export function isPraticaCode(value: string): boolean {
  return CODE.test(value);
}
