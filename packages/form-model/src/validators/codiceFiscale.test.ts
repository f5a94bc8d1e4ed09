import { describe, expect, it } from 'vitest';
import { codiceFiscaleCheckLetter, deOmocodia, isCodiceFiscale } from './codiceFiscale';

// Check letters worked out by hand with the tables of DOMAIN.md (odd positions: odd table;
// even positions: digits and A-Z as 0-25), then 'A' + sum mod 26.
const PERSONAL = [
  // R8 S18 S12 M12 R8 A0 8→19 5 T14 1 0→1 A0 5→13 6 2→5 = 122; 122 mod 26 = 18 → S
  'RSSMRA85T10A562S', // Mario Rossi, male, 10 Dec 1985, Roma (A562... a made-up Belfiore shape)
  // V10 R17 D7 G6 P3 P15 1→0 3 R8 1 0→1 B1 2→5 9 3→7 = 93; 93 mod 26 = 15 → P
  'VRDGPP13R10B293P', // Giuseppe Verdi, male, 10 Oct 1813, Busseto (B293)
  // B0 N13 C5 L11 C5 U20 8→19 0 A1 4 1→0 F5 2→5 0 5→13 = 101; 101 mod 26 = 23 → X
  'BNCLCU80A41F205X', // Lucia Bianchi, female (day 1 + 40), 1 Jan 1980, Milano (F205)
];

// Omocodia replaces digits from the right by L M N P Q R S T U V (0-9), then the check letter
// is recomputed over the new characters.
const OMOCODIC = [
  // position 15: 2 → N (odd table 20 instead of 5): 122 + 15 = 137; 137 mod 26 = 7 → H
  'RSSMRA85T10A56NH',
  // position 14: 6 → S (even 18 instead of 6): 137 + 12 = 149; 149 mod 26 = 19 → T
  'RSSMRA85T10A5SNT',
  // all seven digits replaced: 8→U 5→R 1→M 0→L 5→R 6→S 2→N: sum 167; 167 mod 26 = 11 → L
  'RSSMRAURTMLARSNL',
];

describe('isCodiceFiscale', () => {
  it.each(PERSONAL)('accepts the personal code %s', (cf) => {
    expect(isCodiceFiscale(cf)).toBe(true);
  });

  it.each(OMOCODIC)('accepts the omocodic code %s', (cf) => {
    expect(isCodiceFiscale(cf)).toBe(true);
  });

  it('ignores case and surrounding spaces', () => {
    expect(isCodiceFiscale('rssmra85t10a562s')).toBe(true);
    expect(isCodiceFiscale('  RSSMRA85T10A562S\n')).toBe(true);
    expect(isCodiceFiscale('RSSMRA 85T10 A562S')).toBe(false);
  });

  it('rejects a wrong check letter', () => {
    for (const cf of [...PERSONAL, ...OMOCODIC]) {
      const wrong = cf.slice(0, 15) + (cf[15] === 'A' ? 'B' : 'A');
      expect(isCodiceFiscale(wrong)).toBe(false);
    }
  });

  it('rejects an omocodic code whose check letter was not recomputed', () => {
    expect(isCodiceFiscale('RSSMRA85T10A56NS')).toBe(false);
  });

  it('rejects impossible months and days, and wrong shapes', () => {
    // month F does not exist; day 35 and 72 do not exist (letters fixed so only the date is wrong)
    const withCheck = (first15: string) => first15 + codiceFiscaleCheckLetter(first15);
    expect(isCodiceFiscale(withCheck('RSSMRA85F10A562'))).toBe(false);
    expect(isCodiceFiscale(withCheck('RSSMRA85T35A562'))).toBe(false);
    expect(isCodiceFiscale(withCheck('RSSMRA85T72A562'))).toBe(false);
    expect(isCodiceFiscale(withCheck('RSSMRA85T00A562'))).toBe(false);
    expect(isCodiceFiscale('RSSMRA85T10A562')).toBe(false);
    expect(isCodiceFiscale('RSSMRA85T10A562SS')).toBe(false);
    expect(isCodiceFiscale('')).toBe(false);
    // W is not an omocodia letter
    expect(isCodiceFiscale(withCheck('RSSMRA85T10A56W'))).toBe(false);
  });

  it('accepts the 11-digit codes of public bodies by their partita IVA check digit', () => {
    expect(isCodiceFiscale('80078750587')).toBe(true); // INPS
    expect(isCodiceFiscale('02438750586')).toBe(true); // Roma Capitale
    expect(isCodiceFiscale('80078750588')).toBe(false);
  });
});

describe('codiceFiscaleCheckLetter', () => {
  it('computes the letters worked out above, in either case', () => {
    expect(codiceFiscaleCheckLetter('RSSMRA85T10A562')).toBe('S');
    expect(codiceFiscaleCheckLetter('vrdgpp13r10b293')).toBe('P');
  });

  it('throws on a wrong length, a caller bug', () => {
    expect(() => codiceFiscaleCheckLetter('RSSMRA')).toThrow(RangeError);
  });
});

describe('deOmocodia', () => {
  it('turns the omocodic letters back into digits, only where digits belong', () => {
    expect(deOmocodia('RSSMRAURTMLARSNL')).toBe('RSSMRA85T10A562L');
    expect(deOmocodia('RSSMRA85T10A562S')).toBe('RSSMRA85T10A562S');
  });
});
