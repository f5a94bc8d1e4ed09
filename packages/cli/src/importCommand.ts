import type { ImportResult } from '@modulo/form-model';
import { importFormio, importJsonSchema, serialize } from '@modulo/form-model';
import type { CliIo } from './io';
import { CliError, readJson } from './io';

export type ImportSource = 'jsonschema' | 'formio';

/** Form.io forms have `components`; JSON Schemas have `$schema`, `properties` or `type`. */
export function detectSource(doc: unknown): ImportSource | undefined {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined;
  if (Array.isArray((doc as { components?: unknown }).components)) return 'formio';
  if (['$schema', 'properties', 'type', 'allOf', '$defs', 'definitions'].some((k) => k in doc))
    return 'jsonschema';
  return undefined;
}

/**
 * `import <file.json> [--from jsonschema|formio]`: the module on stdout, what did not map on stderr;
 * exit 0 when the module parses and lints without errors, 1 with what blocks it.
 */
export function importCommand(io: CliIo, file: string | undefined, from: string | undefined): number {
  if (from !== undefined && from !== 'jsonschema' && from !== 'formio')
    throw new CliError(`--from must be jsonschema or formio, not "${from}"`);
  const doc = readJson(io, file, '<file.json>');
  const source = (from as ImportSource | undefined) ?? detectSource(doc);
  if (!source)
    throw new CliError(
      `${file}: /: neither a JSON Schema nor a Form.io form (no "components", "properties" or "type"); say which with --from`,
    );
  const result: ImportResult = source === 'formio' ? importFormio(doc) : importJsonSchema(doc);
  io.out(serialize(result.module));
  for (const u of result.unmapped) io.err(`unmapped ${u.path || '/'}: ${u.reason}`);
  for (const b of result.blocking) io.err(`blocking ${b.path || '/'}: ${b.message} [${b.code}]`);
  io.err(
    `${file}: imported from ${source} as ${result.module.id}@${result.module.version}: ${result.unmapped.length} unmapped, ${result.blocking.length} blocking`,
  );
  return result.blocking.length ? 1 : 0;
}
