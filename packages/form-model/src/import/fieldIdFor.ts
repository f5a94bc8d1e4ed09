import { toCamelId } from '../ops/fieldIds';

const ID = /^[a-z][A-Za-z0-9]*$/;

/**
 * A field id for a source key, unique in `taken`: the key itself when it is a valid id
 * (camelCase, ≤ 64), else its camelCase form ("codice_fiscale" → "codiceFiscale"), with a
 * numeric suffix when taken. Returns whether the key had to change (answers change key too).
 */
export function fieldIdFor(
  key: string,
  taken: Set<string>,
): { id: string; renamed: false | 'invalid' | 'taken' } {
  const valid = ID.test(key) && key.length <= 64;
  let id =
    ID.test(key) && key.length <= 64 ? key : toCamelId(key.replace(/([a-z0-9])([A-Z])/g, '$1 $2'), 'campo');
  if (taken.has(id)) {
    const base = id.replace(/[0-9]+$/, '') || 'campo';
    let n = 2;
    while (taken.has(`${base}${n}`)) n++;
    id = `${base}${n}`;
  }
  taken.add(id);
  return { id, renamed: id === key ? false : valid ? 'taken' : 'invalid' };
}

/** "data_di_nascita" / "dataDiNascita" → "Data di nascita", for a field without a title. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-zÀ-ÿ0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const text = words.join(' ');
  return text ? text[0]!.toUpperCase() + text.slice(1) : key;
}

/** An option value our format accepts (letters, digits, - and _), from any source value. */
export function optionValue(value: unknown): string {
  const text = String(value);
  if (/^[A-Za-z0-9_-]{1,64}$/.test(text)) return text;
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return slug || 'opzione';
}
