/**
 * RFC 4180 CSV (comma, CRLF, quotes doubled) with a header row from the first record's keys,
 * for open data: every value as text, booleans as "true"/"false", missing as empty.
 */
export function toCsv<T extends object>(rows: readonly T[], columns?: readonly (keyof T & string)[]): string {
  const keys = columns ?? (rows[0] ? (Object.keys(rows[0]) as (keyof T & string)[]) : []);
  const lines = [keys.map(cell), ...rows.map((r) => keys.map((k) => cell(r[k])))];
  return lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
