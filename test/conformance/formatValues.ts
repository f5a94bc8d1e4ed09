import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { breakCheckCharacter } from '@modulo/form-library';

/** One value to check with one format. */
export interface FormatValue {
  format: string;
  value: string;
}

interface Codes {
  valid: string[];
  invalid: string[];
  input: string[];
}

const FILE = join(dirname(fileURLToPath(import.meta.url)), 'format-codes.json');

/** The codes of the validators' own tests, by format (see format-codes.json). */
export function formatCodes(): Record<string, Codes> {
  const { $comment: _, ...codes } = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  return codes as Record<string, Codes>;
}

/**
 * Every code of format-codes.json and, from each valid one, near misses: a wrong check
 * character, each digit changed, two neighbours swapped, lower case, surrounding white space.
 */
export function formatValues(): FormatValue[] {
  const values = Object.entries(formatCodes()).flatMap(([format, codes]) => {
    const variants = codes.valid.flatMap((code) => [
      breakCheckCharacter(code),
      ...[...code].map((c, i) =>
        /[0-9]/.test(c) ? code.slice(0, i) + String((Number(c) + 1) % 10) + code.slice(i + 1) : code,
      ),
      ...[...code].slice(1).map((_c, i) => code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)),
      code.toLowerCase(),
      `${code}\n`,
      ` ${code}`,
      `${code}\t`,
    ]);
    return [...codes.valid, ...codes.invalid, ...codes.input, ...variants].map((value) => ({
      format,
      value,
    }));
  });
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = `${v.format}|${v.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
