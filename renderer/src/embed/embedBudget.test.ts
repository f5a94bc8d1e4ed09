import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  budgetError,
  EMBED_BUDGET_BYTES,
  embedBudget,
  entryImportError,
  gzippedJsBytes,
} from './embedBudget';

const chunk = (code: string) => ({ type: 'chunk' as const, fileName: 'modulo-embed.js', code });
const context = () => {
  const log: string[] = [];
  return {
    log,
    error(message: string): never {
      throw new Error(message);
    },
    info(message: string) {
      log.push(message);
    },
  };
};

describe('embedBudget', () => {
  it('measures the gzipped JavaScript of the bundle, assets aside', () => {
    const code = 'export const a = 1;\n'.repeat(1000);
    const bytes = gzippedJsBytes({ js: chunk(code), css: { type: 'asset', fileName: 'modulo.css' } });
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(code.length / 10);
  });

  it('fails the build over 120 KB gzip and reports the size under it', () => {
    expect(EMBED_BUDGET_BYTES).toBe(120 * 1024);
    expect(budgetError(EMBED_BUDGET_BYTES)).toBeUndefined();
    expect(budgetError(EMBED_BUDGET_BYTES + 1)).toMatch(/over its budget of 120 KB/);

    // Random bytes do not compress: 130 KB of them weigh more than 120 KB gzipped.
    const heavy = { js: chunk(randomBytes(130 * 1024).toString('latin1')) };
    const plugin = embedBudget();
    expect(() => plugin.generateBundle.call(context(), {}, heavy)).toThrow(/over its budget/);

    const ok = context();
    plugin.generateBundle.call(ok, {}, { js: chunk('export {};') });
    expect(ok.log[0]).toMatch(/^embed: 0\.0 KB gzip/);
  });

  it('fails the build when the first script would wait for another chunk', () => {
    const entry = (imports: string[]) => ({
      js: { ...chunk('export {};'), isEntry: true, imports },
      lazy: {
        type: 'chunk' as const,
        fileName: 'StepForm.js',
        code: 'export {};',
        imports: ['modulo-embed.js'],
      },
    });
    expect(entryImportError(entry([]))).toBeUndefined();
    expect(entryImportError(entry(['shared.js']))).toMatch(/modulo-embed\.js imports shared\.js statically/);
    expect(() => embedBudget().generateBundle.call(context(), {}, entry(['shared.js']))).toThrow(
      /statically/,
    );
  });
});
