import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Module } from '@modulo/form-model';
import { parseModule } from '@modulo/form-model';

/** Where the library's module documents live. */
export const MODULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'modules');

/** Thrown at load when a library module does not parse: a broken standard form must not ship. */
export class LibraryModuleError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`form-library: ${file} is not a valid module: ${detail}`);
    this.name = 'LibraryModuleError';
  }
}

/** Parses every `*.module.json` in a folder, failing loudly on the first bad one. */
export function loadModules(dir: string = MODULES_DIR): Module[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.module.json'))
    .sort();
  return files.map((file) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      throw new LibraryModuleError(file, `invalid JSON (${(e as Error).message})`);
    }
    const parsed = parseModule(json);
    if (!parsed.ok) {
      const where = parsed.error.details?.map((d) => `${d.path} ${d.message}`).join('; ');
      throw new LibraryModuleError(
        file,
        `${parsed.error.code}: ${parsed.error.message}${where ? ` (${where})` : ''}`,
      );
    }
    const expected = `${parsed.value.id}.module.json`;
    if (file !== expected) throw new LibraryModuleError(file, `file name must be ${expected}`);
    return parsed.value;
  });
}

let cached: readonly Module[] | undefined;

/** The standard forms, parsed once. */
export function libraryModules(): readonly Module[] {
  cached ??= Object.freeze(loadModules());
  return cached;
}

/** One standard form by id. */
export function getLibraryModule(id: string): Module | undefined {
  return libraryModules().find((m) => m.id === id);
}
