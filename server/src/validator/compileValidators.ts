import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { createSchemaUtils } from '@rjsf/utils';
import { compileSchemaValidatorsCode } from '@rjsf/validator-ajv8/compileSchemaValidators';
import type { JsonSchema } from '@modulo/form-model';
import { validatorFormats } from './validatorFormats';

/** The two browser validators of one module version, as ES modules with no `require` and no `eval`. */
export interface CompiledValidators {
  /** `export default validate` (Ajv 2020 standalone): `validate(data)` → boolean, `validate.errors`. */
  standalone: string;
  /**
   * For rjsf's `createPrecompiledValidator(validateFns, rootSchema)`: `export default validateFns`
   * and `export const rootSchema`, the schema exactly as compiled (rjsf rewrites `$ref`s against
   * `$id`, and a different root schema makes the validator throw).
   */
  rjsf: string;
}

// ajv-formats ships CommonJS; under ESM interop the plugin may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** The specifier the generated code requires the formats from; the bundler maps it to our module. */
const FORMATS_SPECIFIER = 'modulo:validator-formats';
const formatsCode = _`require(${FORMATS_SPECIFIER}).default`;

const here = dirname(fileURLToPath(import.meta.url));
const serverDir = join(here, '..', '..');
const formatsFile = join(here, 'validatorFormats.ts');
// In the bundle the formats module needs only form-model's format checkers, not the whole model
// (Ajv, marked, sanitize-html): point its one import at that file.
const formModelFormats = join(
  dirname(createRequire(import.meta.url).resolve('@modulo/form-model')),
  'formats.ts',
);

/** The same options as form-model's `createAjv`, so the browser and the server give the same verdicts. */
function standaloneAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    inlineRefs: false,
    code: { source: true, formats: formatsCode },
  });
  addFormats(ajv);
  for (const [name, format] of Object.entries(validatorFormats)) ajv.addFormat(name, format);
  return ajv;
}

function bundlePlugin(generated: string): Plugin {
  return {
    name: 'modulo-validator',
    setup(b) {
      b.onResolve({ filter: /^modulo:generated$/ }, () => ({ path: 'generated', namespace: 'modulo' }));
      b.onLoad({ filter: /.*/, namespace: 'modulo' }, () => ({
        contents: generated,
        loader: 'js',
        resolveDir: serverDir,
      }));
      b.onResolve({ filter: /^modulo:validator-formats$/ }, () => ({ path: formatsFile }));
      b.onResolve({ filter: /^@modulo\/form-model$/ }, (args) =>
        args.importer === formatsFile ? { path: formModelFormats } : undefined,
      );
    },
  };
}

/** Bundles generated CommonJS validator code into one ES module that exports it as default. */
async function bundle(generated: string, extra = ''): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import fns from 'modulo:generated';\nexport default fns;\n${extra}`,
      resolveDir: serverDir,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [bundlePlugin(generated)],
  });
  return result.outputFiles[0]!.text;
}

/**
 * Compiles a module version's schema, once, into the browser's two validators (TOOLCHAIN.md):
 * Ajv 2020 standalone code and rjsf's precompiled validator functions, each bundled with esbuild
 * with the Italian formats. 0.2-1 s a module on these shared 2-core machines (6-15 KB gzip each): call it at publish and cache it.
 */
export async function compileValidators(schema: JsonSchema): Promise<CompiledValidators> {
  const ajv = standaloneAjv();
  const validate = ajv.compile(schema);
  const standalone = await bundle(standaloneCode(ajv, validate));

  const rootSchema = createSchemaUtils(
    null as unknown as ValidatorType,
    schema as RJSFSchema,
  ).getRootSchema();
  const rjsfCode = compileSchemaValidatorsCode(rootSchema, {
    AjvClass: Ajv2020 as never,
    customFormats: validatorFormats as never,
    ajvOptionsOverrides: { inlineRefs: false, code: { source: true, formats: formatsCode } },
  });
  const rjsf = await bundle(rjsfCode, `export const rootSchema = ${JSON.stringify(rootSchema)};\n`);
  return { standalone, rjsf };
}
