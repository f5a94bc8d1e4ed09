/** True for an Italian CAP: five digits in the assigned ranges 00010-98168. */
export function isCap(value: string): boolean {
  const cap = value.trim();
  if (!/^[0-9]{5}$/.test(cap)) return false;
  const n = Number(cap);
  return n >= 10 && n <= 98168;
}
