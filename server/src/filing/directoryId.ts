const TITLES =
  /^(dott\.?ssa|dott\.|dr\.|ing\.|arch\.|avv\.|geom\.|rag\.|comm\.|prof\.?ssa|prof\.|sig\.ra|sig\.)\s+/i;

/**
 * The directory id of an office or official named in a module without a format-3 id:
 * kebab-case of the name without titles ("Dott.ssa Laura Ferri" → "laura-ferri").
 */
export function directoryId(name: string): string {
  let n = name.trim();
  while (TITLES.test(n)) n = n.replace(TITLES, '');
  return n
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}
