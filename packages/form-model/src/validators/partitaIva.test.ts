import { describe, expect, it } from 'vitest';
import { isPartitaIva } from './partitaIva';

// Published codes of public bodies and listed companies. Each check digit was verified by the
// algorithm: odd positions add the digit, even positions add 2·digit (minus 9 above 9), and
// the last digit is (10 - sum mod 10) mod 10. E.g. Comune di Milano 0119925015|8:
// 0 + 2 + 1 + 18→9 + 9 + 4 + 5 + 0 + 1 + 10→1 = 32 → (10 - 2) mod 10 = 8.
const REAL = {
  'Comune di Milano': '01199250158',
  'Roma Capitale (partita IVA)': '01057861005',
  'Roma Capitale (codice fiscale)': '02438750586',
  'Comune di Torino': '00514490010',
  'Comune di Bologna': '01232710374',
  'Agenzia delle Entrate': '06363391001',
  'INPS (partita IVA)': '02121151001',
  'Banca d’Italia': '00950501007',
  'Poste Italiane': '01114601006',
  'ENI (partita IVA)': '00905811006',
  TIM: '00488410010',
  RAI: '06382641006',
};

describe('isPartitaIva', () => {
  it.each(Object.entries(REAL))('accepts %s %s', (_name, piva) => {
    expect(isPartitaIva(piva)).toBe(true);
  });

  it('rejects every other check digit', () => {
    for (const piva of Object.values(REAL)) {
      for (let d = 0; d <= 9; d++) {
        const other = piva.slice(0, 10) + String(d);
        if (other !== piva) expect(isPartitaIva(other)).toBe(false);
      }
    }
  });

  it('rejects a swap of two adjacent digits', () => {
    expect(isPartitaIva('10199250158')).toBe(false);
  });

  it('rejects wrong lengths, letters and the IT prefix; tolerates surrounding spaces', () => {
    expect(isPartitaIva('0119925015')).toBe(false);
    expect(isPartitaIva('011992501580')).toBe(false);
    expect(isPartitaIva('IT01199250158')).toBe(false);
    expect(isPartitaIva('0119925O158')).toBe(false);
    expect(isPartitaIva(' 01199250158 ')).toBe(true);
  });

  it('rejects numbers that pass Luhn but cannot be issued', () => {
    expect(isPartitaIva('00000000000')).toBe(false); // company number 0
    expect(isPartitaIva('12345670009')).toBe(false); // office 000 (check digit 9 is right)
    expect(isPartitaIva('12345671015')).toBe(false); // office 101 is not assigned
    expect(isPartitaIva('12345671205')).toBe(true); // office 120 is
  });
});
