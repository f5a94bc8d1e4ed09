import { isCap } from './validators/cap';
import { isCodiceFiscale } from './validators/codiceFiscale';
import { isIban } from './validators/iban';
import { isPartitaIva } from './validators/partitaIva';

/**
 * The Italian formats a compiled schema uses beside a portable `pattern`. A 2020-12 validator
 * that does not know them still checks the shape; Modulo's own validator checks the digits.
 */
export const italianFormats: Record<string, (value: string) => boolean> = {
  'codice-fiscale': isCodiceFiscale,
  'partita-iva': isPartitaIva,
  iban: isIban,
  cap: isCap,
};
