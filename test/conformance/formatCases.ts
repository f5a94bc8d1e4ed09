import { answersOfKind, breakCheckCharacter, withAnswer } from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import type { ConformanceCase } from './ConformanceCase';

/** A submission the wrong answers are derived from. */
export interface BaseSample {
  name: string;
  data: Record<string, unknown>;
}

/** How to spoil an answer of a kind: the wrong value and the path of the part it replaces. */
interface Spoiler {
  kind: string;
  what: string;
  part?: string;
  wrong: (value: unknown) => unknown;
}

const SPOILERS: Spoiler[] = [
  { kind: 'codice-fiscale', what: 'a wrong check character', wrong: (v) => breakCheckCharacter(String(v)) },
  { kind: 'partita-iva', what: 'a wrong check digit', wrong: (v) => breakCheckCharacter(String(v)) },
  // One digit changed: the shape still matches the pattern, only mod 97 fails.
  { kind: 'iban', what: 'a wrong digit', wrong: (v) => breakCheckCharacter(String(v)) },
  { kind: 'cap', what: 'an unassigned CAP', wrong: () => '00000' },
  { kind: 'cap', what: 'a 4-digit CAP', wrong: () => '0018' },
  { kind: 'address', what: 'an unassigned CAP', part: 'cap', wrong: () => '99999' },
  { kind: 'address', what: 'a lower-case provincia', part: 'provincia', wrong: () => 'rm' },
  { kind: 'email', what: 'an address without domain', wrong: () => 'mario.rossi@' },
  { kind: 'pec', what: 'an address with a space', wrong: () => 'mario rossi@pec.example.it' },
  { kind: 'date', what: '30 February', wrong: () => '2025-02-30' },
  { kind: 'phone', what: 'letters in a phone number', wrong: () => '06 CHIAMAMI' },
  { kind: 'privacy-consent', what: 'an unticked consent', wrong: () => false },
  { kind: 'amount', what: 'euro instead of cents', wrong: () => 19.99 },
  { kind: 'amount', what: 'a negative amount', wrong: () => -100 },
  { kind: 'yes-no', what: 'a string for a boolean', wrong: () => 'sì' },
  { kind: 'single-choice', what: 'an option that does not exist', wrong: () => 'nessunaDelleOpzioni' },
];

/**
 * Submissions with one answer spoiled: a wrong check character, an unassigned CAP, a bad
 * e-mail, an unticked consent, euro instead of cents... wherever the samples answer a field
 * of that kind, at any depth. Each must be rejected at the spoiled answer's path.
 */
export function formatCases(module: Module, bases: BaseSample[]): ConformanceCase[] {
  const fields = module.steps.flatMap((s) => s.fields);
  return bases.flatMap((base) =>
    SPOILERS.flatMap((spoiler) =>
      answersOfKind(fields, base.data, spoiler.kind).flatMap(({ path, value }): ConformanceCase[] => {
        const at = spoiler.part ? `${path}/${spoiler.part}` : path;
        const current = spoiler.part ? (value as Record<string, unknown>)[spoiler.part] : value;
        if (current === undefined) return [];
        return [
          {
            module: module.id,
            name: `${base.name}: ${spoiler.what} at ${at}`,
            data: withAnswer(base.data, at, spoiler.wrong(current)),
            expectValid: false,
            expectPaths: [at],
          },
        ];
      }),
    ),
  );
}
