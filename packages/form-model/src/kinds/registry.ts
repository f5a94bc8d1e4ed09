import { address } from './address';
import { amount } from './amount';
import { attachment } from './attachment';
import { cap } from './cap';
import { codiceFiscale } from './codiceFiscale';
import { date } from './date';
import { email } from './email';
import type { FieldKind } from './FieldKind';
import { group } from './group';
import { iban } from './iban';
import { infoText } from './infoText';
import { longText } from './longText';
import { multipleChoice } from './multipleChoice';
import { number } from './number';
import { partitaIva } from './partitaIva';
import { pec } from './pec';
import { phone } from './phone';
import { privacyConsent } from './privacyConsent';
import { repeatable } from './repeatable';
import { shortText } from './shortText';
import { singleChoice } from './singleChoice';
import { yesNo } from './yesNo';

/** Every built-in field kind, in palette order: grouped by category, commonest first. */
export const builtInKinds: readonly FieldKind[] = [
  shortText,
  longText,
  number,
  amount,
  date,
  yesNo,
  singleChoice,
  multipleChoice,
  privacyConsent,
  codiceFiscale,
  partitaIva,
  iban,
  email,
  pec,
  phone,
  address,
  cap,
  attachment,
  infoText,
  group,
  repeatable,
];

const registry = new Map<string, FieldKind>(builtInKinds.map((k) => [k.kind, k]));

/** The kind registered under `kind`, if any. */
export function getFieldKind(kind: string): FieldKind | undefined {
  return registry.get(kind);
}

/** All registered kinds, built-in first. */
export function listFieldKinds(): FieldKind[] {
  return [...registry.values()];
}

/** Adds a kind (e.g. a Comune's own); refuses to replace an existing one. */
export function registerFieldKind(kind: FieldKind): void {
  if (registry.has(kind.kind)) throw new Error(`field kind already registered: ${kind.kind}`);
  registry.set(kind.kind, kind);
}
