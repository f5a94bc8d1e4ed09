/** The protocol stamp: ente IPA code, AOO code, number (7 digits), date, e.g. "c_x123 AOO_UVS 0000042 del 02/12/2026". */
export function segnatura(ipaCode: string, aoo: string, number: number, date: string): string {
  const [y, m, d] = date.split('-');
  return `${ipaCode} ${aoo} ${String(number).padStart(7, '0')} del ${d}/${m}/${y}`;
}
