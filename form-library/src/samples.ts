import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the hand-written sample submissions live: `samples/<id>.valid.json`. */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');

/**
 * The realistic filled-in submission of a library module, for tests of the server and the
 * renderer. Throws when the module has none: every library module ships one.
 */
export function librarySample(id: string): Record<string, unknown> {
  const file = join(SAMPLES_DIR, `${id}.valid.json`);
  if (!existsSync(file)) throw new Error(`form-library: no sample submission ${file}`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
