import { gzipSync } from 'node:zlib';

/** The embed's JavaScript budget, min+gzip (issue 12: ≤ 120 KB). */
export const EMBED_BUDGET_BYTES = 120 * 1024;

/** A bundle file as Vite/Rolldown hands it to `generateBundle`. */
interface OutputFile {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
  isEntry?: boolean;
  /** The chunks it imports statically (loaded before it runs). */
  imports?: string[];
}

/** Gzipped size (level 9) of every JavaScript chunk of the bundle, together. */
export function gzippedJsBytes(bundle: Record<string, OutputFile>): number {
  let total = 0;
  for (const file of Object.values(bundle))
    if (file.type === 'chunk' && file.code !== undefined) total += gzipSync(file.code, { level: 9 }).length;
  return total;
}

/** Why the bundle breaks the budget, or undefined when it fits. */
export function budgetError(bytes: number, budget = EMBED_BUDGET_BYTES): string | undefined {
  if (bytes <= budget) return undefined;
  return `embed is ${(bytes / 1024).toFixed(1)} KB gzip, over its budget of ${(budget / 1024).toFixed(0)} KB`;
}

/**
 * Why the entry would wait for another file, or undefined: the first script must import no
 * chunk statically (each would be one more request before `earlyStart` runs), only `import()`.
 */
export function entryImportError(bundle: Record<string, OutputFile>): string | undefined {
  for (const file of Object.values(bundle))
    if (file.type === 'chunk' && file.isEntry && file.imports?.length)
      return `${file.fileName} imports ${file.imports.join(', ')} statically: the first script would wait for it`;
  return undefined;
}

/**
 * A Vite plugin failing the build when the embed's JavaScript, gzipped, exceeds the budget (or
 * the entry imports a chunk statically): the
 * e2e tests build `dist/` before they run, so an over-weight embed fails them too.
 */
export function embedBudget(budget = EMBED_BUDGET_BYTES) {
  return {
    name: 'modulo-embed-budget',
    generateBundle(
      this: { error(message: string): never; info(message: string): void },
      _options: unknown,
      bundle: Record<string, OutputFile>,
    ) {
      const bytes = gzippedJsBytes(bundle);
      const error = budgetError(bytes, budget) ?? entryImportError(bundle);
      if (error) this.error(error);
      this.info(`embed: ${(bytes / 1024).toFixed(1)} KB gzip (budget ${(budget / 1024).toFixed(0)} KB)`);
    },
  };
}
