import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Module } from '@modulo/form-model';
import { compile, walkFields } from '@modulo/form-model';
import { Ajv2020, _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = join(here, '..', '..');
/** form-model's sources: bundled into the module so messages are the server's own. */
const FORM_MODEL_SRC = join(RENDERER_DIR, '..', 'packages', 'form-model', 'src');

/**
 * Builds the precompiled validator of one module version as a self-contained ES module:
 * Ajv standalone code of `compile(module).schema` (no `new Function` at run time: strict CSP),
 * the standard and Italian formats, and form-model's `explainError`, exporting
 * `validateAnswers(data, lang) → [{ path, code, message, messageEn }]` (the same errors as
 * `validateSubmission`) and the raw Ajv function as default. Run once per version at publish.
 */
export async function buildValidatorModule(
  module: Module,
  options: { minify?: boolean } = {},
): Promise<string> {
  const { schema } = compile(module);
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    inlineRefs: false,
    code: { source: true, formats: _`require("virtual:formats").default` },
  });
  // The formats module must export exactly the values registered here (TOOLCHAIN.md).
  for (const [name, format] of Object.entries(fullFormats)) ajv.addFormat(name, format as never);
  for (const name of ['codice-fiscale', 'partita-iva', 'iban', 'cap'])
    ajv.addFormat(name, { type: 'string', validate: () => true });
  const validate = ajv.compile(schema);
  const code = standaloneCode(ajv, validate);
  // What explainError reads of each field (id, kind, label): messages come from form-model's catalogue.
  const fields = walkFields(module).map(({ field }) => [
    field.id,
    { id: field.id, kind: field.kind, label: field.label },
  ]);
  const formatsJs = `
    import { fullFormats } from 'ajv-formats/dist/formats.js';
    import { italianFormats } from ${JSON.stringify(join(FORM_MODEL_SRC, 'formats.ts'))};
    const own = {};
    for (const [name, validate] of Object.entries(italianFormats)) own[name] = { type: 'string', validate };
    export default { ...fullFormats, ...own };`;
  const entry = `
    import validate from 'virtual:standalone';
    import { explainError } from ${JSON.stringify(join(FORM_MODEL_SRC, 'explainError.ts'))};
    import { formatError } from ${JSON.stringify(join(FORM_MODEL_SRC, 'messages', 'formatError.ts'))};
    const fields = new Map(${JSON.stringify(fields)});
    export default validate;
    export function validateAnswers(data, lang) {
      if (validate(data)) return [];
      const errors = (validate.errors || []).filter((e) => e.keyword !== 'if');
      errors.sort((a, b) => Number(b.keyword === 'format') - Number(a.keyword === 'format'));
      const seen = new Set();
      const explained = errors.map((e) => {
        const issue = explainError(e, fields);
        return { ...issue, message: formatError(issue, 'it'), messageEn: formatError(issue, 'en') };
      });
      return explained.filter((e) => {
        const key = e.path + '|' + e.code;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }`;
  const result = await build({
    stdin: { contents: entry, resolveDir: RENDERER_DIR, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: options.minify ?? true,
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'virtual',
        setup(b) {
          // The kinds' markdown compiler (marked + sanitize-html) is for the server; texts arrive as HTML.
          b.onResolve({ filter: /^\.\/markdownToHtml$/ }, (args) =>
            /form-model[\\/]src[\\/]kinds[\\/]/.test(args.importer)
              ? { path: join(RENDERER_DIR, 'src', 'embed', 'markdownToHtmlStub.ts') }
              : undefined,
          );
          b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: 'virtual' }));
          b.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) =>
            args.path === 'virtual:standalone'
              ? { contents: code, loader: 'js', resolveDir: RENDERER_DIR }
              : { contents: formatsJs, loader: 'js', resolveDir: RENDERER_DIR },
          );
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}
