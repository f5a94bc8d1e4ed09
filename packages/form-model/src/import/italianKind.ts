import { CAP_PATTERN } from '../kinds/cap';
import { CODICE_FISCALE_PATTERN, CODICE_FISCALE_PERSONAL_PATTERN } from '../kinds/codiceFiscale';
import { IBAN_PATTERN } from '../kinds/iban';
import { PARTITA_IVA_PATTERN } from '../kinds/partitaIva';

/** A built-in kind for an Italian identifier, with the props it needs. */
export interface ItalianKind {
  kind: 'codice-fiscale' | 'partita-iva' | 'iban' | 'cap';
  props?: Record<string, unknown>;
}

const KEYS: [RegExp, ItalianKind['kind']][] = [
  [/^(codice[_-]?fiscale|cod[_-]?fisc|cf|fiscal[_-]?code|tax[_-]?code)(_.*)?$/i, 'codice-fiscale'],
  [/^(partita[_-]?iva|p[_-]?iva|piva|vat[_-]?number)$/i, 'partita-iva'],
  [/^(iban|codice[_-]?iban)$/i, 'iban'],
  [/^(cap|codice[_-]?postale|postal[_-]?code|zip)$/i, 'cap'],
];

/** Patterns of other sources, as integrators write them. */
const LOOSE_PATTERNS: [RegExp, ItalianKind['kind']][] = [
  [/\[A-Z\]\{6\}.*\[A-Z\]\{?1?\}?\$?$/, 'codice-fiscale'],
  [/^\^?(\[0-9\]|\\d)\{11\}\$?$/, 'partita-iva'],
  [/^\^?IT(\[0-9\]|\\d)\{2\}/, 'iban'],
  [/^\^?(\[0-9\]|\\d)\{5\}\$?$/, 'cap'],
];

/**
 * The Italian identifier a source field holds, recognised where the source marks it: our own
 * formats and patterns, a pattern that clearly checks the shape, or the key (`codiceFiscale`,
 * `codice_fiscale`, `cf`, `partitaIva`, `piva`, `iban`, `cap`). Undefined for anything else.
 */
export function italianKind(key: string, format: unknown, pattern: unknown): ItalianKind | undefined {
  const fmt = typeof format === 'string' ? format : '';
  const pat = typeof pattern === 'string' ? pattern : '';
  if (fmt === 'codice-fiscale' || pat === CODICE_FISCALE_PATTERN || pat === CODICE_FISCALE_PERSONAL_PATTERN)
    return { kind: 'codice-fiscale', props: { allowCompany: pat !== CODICE_FISCALE_PERSONAL_PATTERN } };
  if (fmt === 'partita-iva' || pat === PARTITA_IVA_PATTERN) return { kind: 'partita-iva' };
  if (fmt === 'iban' || pat === IBAN_PATTERN) return { kind: 'iban' };
  if (fmt === 'cap' || pat === CAP_PATTERN) return { kind: 'cap' };
  for (const [re, kind] of LOOSE_PATTERNS)
    if (pat && re.test(pat))
      return kind === 'codice-fiscale' ? { kind, props: { allowCompany: pat.includes('{11}') } } : { kind };
  if (fmt || pat) return undefined;
  for (const [re, kind] of KEYS) if (re.test(key)) return { kind };
  return undefined;
}
