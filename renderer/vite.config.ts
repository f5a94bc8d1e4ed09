import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { embedBudget } from './src/embed/embedBudget';

const stub = (file: string) => fileURLToPath(new URL(`src/embed/${file}`, import.meta.url));

/**
 * form-model's info-text kind renders markdown with `marked` + `sanitize-html` at compile time
 * (server side); the kind registry that `visibleFields` reads would drag both into the embed.
 */
const markdownCompilerStub = {
  name: 'modulo-markdown-compiler-stub',
  enforce: 'pre' as const,
  resolveId(source: string, importer: string | undefined) {
    if (source === './markdownToHtml' && importer && /form-model[\\/]src[\\/]kinds[\\/]/.test(importer))
      return stub('markdownToHtmlStub.ts');
    return null;
  },
};

const ENTRY = fileURLToPath(new URL('src/embed/main.ts', import.meta.url));
let entryGraph: Set<string> | undefined;

/**
 * form-model modules that only the validator's messages use (`model/loadValidator`, imported
 * after the first screen): its index re-exports them, so they are "statically imported" by the
 * entry, but nothing of the first screen calls them. Left to the bundler, they go with their
 * users' chunks. The build fails if the entry then imports a chunk (`entryImportsNothing`).
 */
const AFTER_FIRST_SCREEN =
  /packages[\\/]form-model[\\/]src[\\/](messages[\\/]|explainError\.ts|checkDateRules\.ts)/;

/** The modules the entry imports statically, transitively. */
function staticallyImported(meta: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) {
  if (entryGraph) return entryGraph;
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of meta.getModuleInfo(id)?.importedIds ?? []) visit(next);
  };
  visit(ENTRY);
  return (entryGraph = seen);
}

/**
 * The embed: one ES module script (`dist/modulo-embed.js`) defining <modulo-form> and
 * <modulo-area-personale>, on Preact through preact/compat (TOOLCHAIN.md: 95 KB instead of
 * 153 with React). CSS and fonts are written beside it by scripts/buildCss.ts.
 */
export default defineConfig({
  plugins: [markdownCompilerStub, embedBudget()],
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
      {
        find: /^markdown-to-jsx\/react$/,
        replacement: stub('markdownStub.ts'),
      },
    ],
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    lib: { entry: 'src/embed/main.ts', formats: ['es'], fileName: () => 'modulo-embed.js' },
    rollupOptions: {
      // form-model's modules only declare things at load: let unused ones (compile's markdown
      // and HTML sanitiser, Ajv) drop out of the embed.
      treeshake: { moduleSideEffects: (id: string) => !/packages[\\/](form-model|procedure)[\\/]/.test(id) },
      // Two files: the entry (everything the script imports statically) and StepForm's chunk
      // (rjsf and the theme, `import()`ed after the first screen). Without this the code both
      // share goes to a third chunk that the entry waits for, one request later.
      preserveEntrySignatures: false,
      output: {
        manualChunks: (id, meta) =>
          staticallyImported(meta).has(id) && !AFTER_FIRST_SCREEN.test(id) ? 'modulo-embed' : null,
        // Library mode keeps an ES bundle's whitespace and comments (for a consumer's bundler to
        // minify); the embed is loaded as is by the browser: fully minified, the first script is
        // ~30 % fewer bytes to parse.
        minify: true,
        comments: { annotation: false, jsdoc: false, legal: true },
      },
    },
  },
});
