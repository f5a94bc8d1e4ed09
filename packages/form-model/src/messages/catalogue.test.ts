import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInKinds } from '../kinds/registry';
import { messages } from './catalogue';
import { formatError } from './formatError';

/** Every `.ts` source of the package (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const SRC = join(import.meta.dirname, '..');
// Where a code is written: `code: 'x'`, `fail('x'`, `issue('x'`, `add('severity', 'x'`, a `['x', message]`
// tuple of conditionProblems, a `| 'x'` of a union of codes, or an explainError ternary.
const CODE_SITES = [
  /code: '([a-z]+(?:_[a-z]+)*)'/g,
  /fail\(\s*'([a-z]+(?:_[a-z]+)*)'/g,
  /issue\(\s*'([a-z]+(?:_[a-z]+)*)'/g,
  /\?\s*'([a-z]+_[a-z_]+)'\s*:\s*'([a-z]+_[a-z_]+)'/g,
  /add\(\s*'(?:error|warning|info)',\s*'([a-z]+(?:_[a-z]+)*)'/g,
  /\[\s*'([a-z]+_[a-z_]+)',\s*`/g,
  /\|\s*'([a-z]+_[a-z_]+)'/g,
];
// Codes of other vocabularies written the same way: carryAnswers' drop reasons, diff kinds.
const NOT_ISSUES = new Set(
  sources(join(SRC, 'diff')).concat(sources(join(SRC, 'carry')), sources(join(SRC, 'import'))),
);

function usedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of sources(SRC)) {
    if (NOT_ISSUES.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const re of CODE_SITES)
      for (const m of text.matchAll(re)) for (const c of m.slice(1)) if (c) codes.add(c);
  }
  return codes;
}

describe('the message catalogue', () => {
  const used = usedCodes();

  it('finds the codes the sources use (the scan works)', () => {
    for (const code of [
      'required',
      'ineligible',
      'date_too_early',
      'unknown_kind',
      'no_options',
      'hard_to_read',
      'condition_cycle',
    ])
      expect(used).toContain(code);
    expect(used.size).toBeGreaterThan(50);
  });

  it('has an Italian and an English message for every code used anywhere', () => {
    const missing = [...used].flatMap((code) =>
      (['it', 'en'] as const).filter((lang) => !messages[lang][code]).map((lang) => `${lang}:${code}`),
    );
    // Codes of other shapes that happen to match the scan (not issues) are listed here, with why.
    expect(missing.filter((m) => !OTHER_VOCABULARIES.has(m.slice(3)))).toEqual([]);
  });

  it('has the same codes in both languages, and each kind message in both', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.it).sort());
    for (const kind of builtInKinds)
      for (const [code, m] of Object.entries(kind.messages ?? {})) {
        expect(typeof m.it, `${kind.kind}.${code}`).toBe('function');
        expect(typeof m.en, `${kind.kind}.${code}`).toBe('function');
        expect(messages.it[code], `catalogue fallback for ${code}`).toBeDefined();
      }
  });

  it('renders every entry with and without params, as one sentence', () => {
    for (const lang of ['it', 'en'] as const)
      for (const code of Object.keys(messages[lang])) {
        const text = formatError({ code, params: { id: 'x', label: { it: 'Nome', en: 'Name' } } }, lang);
        expect(text, `${lang}:${code}`).toMatch(/^[A-ZÀ-Ü"«].*[.!?]$/s);
        expect(() => formatError({ code }, lang)).not.toThrow();
      }
  });

  it('names the answer in the language asked: no Italian label in an English message', () => {
    const issue = {
      code: 'required',
      params: { field: 'nome', kind: 'short-text', label: { it: 'Nome', en: 'Given name' } },
    };
    expect(formatError(issue, 'it')).toBe('Il campo «Nome» è obbligatorio.');
    expect(formatError(issue, 'en')).toBe('"Given name" is required.');
    expect(formatError(issue, 'de')).toBe('Il campo «Nome» è obbligatorio.');
  });
});

/** Codes the scan finds that are not issues: the `ineligible` exit's id unions and the like. */
const OTHER_VOCABULARIES = new Set<string>([]);
