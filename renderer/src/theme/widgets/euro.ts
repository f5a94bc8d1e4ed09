/** Formats integer euro cents for reading: 123450 → "1.234,50" (it) or "1,234.50" (en). */
export function formatEuro(cents: number, lang = 'it'): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'it-IT', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/**
 * Reads what a citizen types as euro into integer cents, or undefined when it is not an amount.
 * Italian first: "1.234,5" and "1234,50" are 123450; "12.5" (one dot, ≤ 2 decimals) is 1250.
 */
export function parseEuro(text: string, lang = 'it'): number | undefined {
  let s = text.replace(/[\s€]/g, '');
  if (s === '') return undefined;
  if (lang === 'en') s = s.replace(/,/g, '');
  else if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (!/^\d+(\.\d{0,2})?$/.test(s)) return undefined;
  return Math.round(Number(s) * 100);
}
