import { isPartitaIva } from './partitaIva';

// prettier-ignore
const ODD_VALUES: Record<string, number> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

/** The letters omocodia puts in place of the digits 0-9. */
const OMOCODIA = 'LMNPQRSTUV';
const OMOCODIC_POSITIONS = new Set([6, 7, 9, 10, 12, 13, 14]);
const PERSONAL_SHAPE =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/**
 * The check letter of the first 15 characters of a personal codice fiscale (either case).
 * Throws a RangeError on anything but 15 letters and digits: that is a caller's bug.
 */
export function codiceFiscaleCheckLetter(first15: string): string {
  const chars = first15.toUpperCase();
  if (!/^[0-9A-Z]{15}$/.test(chars)) throw new RangeError(`expected 15 letters or digits, got "${first15}"`);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const code = chars.charCodeAt(i);
    // 1-based odd positions use the odd table; even ones map digits and letters to 0-25.
    sum += i % 2 === 0 ? ODD_VALUES[chars[i]!]! : code <= 57 ? code - 48 : code - 65;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** The codice fiscale with omocodic letters turned back into digits (positions 7-8, 10-11, 13-15). */
export function deOmocodia(cf: string): string {
  let out = '';
  for (let i = 0; i < cf.length; i++) {
    const c = cf[i]!;
    const digit = OMOCODIC_POSITIONS.has(i) ? OMOCODIA.indexOf(c) : -1;
    out += digit >= 0 ? String(digit) : c;
  }
  return out;
}

/**
 * True for a valid codice fiscale: 16 characters with the right check letter (omocodic ones
 * included), or 11 digits with a valid partita IVA check digit (companies, public bodies).
 * Case and surrounding spaces are ignored.
 */
export function isCodiceFiscale(value: string): boolean {
  const cf = value.trim().toUpperCase();
  if (/^[0-9]{11}$/.test(cf)) return isPartitaIva(cf);
  if (!PERSONAL_SHAPE.test(cf)) return false;
  const day = Number(deOmocodia(cf.slice(0, 11)).slice(9, 11));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  return codiceFiscaleCheckLetter(cf.slice(0, 15)) === cf[15];
}
