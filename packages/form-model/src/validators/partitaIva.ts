/**
 * True for a partita IVA: 11 digits, a non-zero company number (digits 1-7), a provincial
 * office code the Agenzia delle Entrate assigns (digits 8-10: 001-100, 120, 121, 888, 999) and
 * the Luhn check digit. The same rules hold for the 11-digit codice fiscale of a public body.
 */
export function isPartitaIva(value: string): boolean {
  const piva = value.trim();
  if (!/^[0-9]{11}$/.test(piva)) return false;
  // "00000000000" passes Luhn; the company number and office code are what rule it out.
  if (Number(piva.slice(0, 7)) === 0) return false;
  const office = Number(piva.slice(7, 10));
  if (!((office >= 1 && office <= 100) || [120, 121, 888, 999].includes(office))) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = Number(piva[i]);
    if (i % 2 === 0) sum += d;
    else sum += d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  return (10 - (sum % 10)) % 10 === Number(piva[10]);
}
