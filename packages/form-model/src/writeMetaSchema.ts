import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMetaSchema } from './metaSchema';

/** Where the published meta-schema is checked in. */
const FILE = join(dirname(fileURLToPath(import.meta.url)), 'module.schema.json');

// Run by `pnpm --filter @modulo/form-model meta-schema`: writes module.schema.json, formatted as the repo formats it.
const { format, resolveConfig } = await import('prettier');
const config = (await resolveConfig(FILE)) ?? {};
writeFileSync(FILE, await format(JSON.stringify(buildMetaSchema()), { ...config, filepath: FILE }));
console.log(`form-model: wrote ${FILE}`);
