import { address } from './address';
import { amount } from './amount';
import { attachment } from './attachment';
import { cap } from './cap';
import { codiceFiscale } from './codiceFiscale';
import { date } from './date';
import { email } from './email';
import type { FieldKind, FieldKindRegistry } from './FieldKind';
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

export type { FieldKindRegistry } from './FieldKind';

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

/**
 * A registry of `kinds` (default: a copy of the built-in ones). Duplicated names are refused.
 * `createRegistry([...builtInKinds, myKind])` makes a Comune's registry without touching
 * `builtInRegistry`.
 */
export function createRegistry(kinds: readonly FieldKind[] = builtInKinds): FieldKindRegistry {
  const byName = new Map<string, FieldKind>();
  const registry: FieldKindRegistry = {
    get: (kind) => byName.get(kind),
    list: () => [...byName.values()],
    register: (kind) => {
      if (byName.has(kind.kind)) throw new Error(`field kind already registered: ${kind.kind}`);
      byName.set(kind.kind, kind);
    },
  };
  for (const kind of kinds) registry.register(kind);
  return registry;
}

/** The built-in kinds: the default registry of every function that takes one. */
export const builtInRegistry: FieldKindRegistry = createRegistry(builtInKinds);

/** The kind registered under `kind` in the built-in registry, if any (see `builtInRegistry`). */
export function getFieldKind(kind: string): FieldKind | undefined {
  return builtInRegistry.get(kind);
}

/** All kinds of the built-in registry, built-in first. */
export function listFieldKinds(): FieldKind[] {
  return builtInRegistry.list();
}

/**
 * Adds a kind to the built-in registry, for every caller of the process (kept for the apps that
 * register at start-up); refuses to replace an existing one. Prefer `createRegistry`.
 */
export function registerFieldKind(kind: FieldKind): void {
  builtInRegistry.register(kind);
}
