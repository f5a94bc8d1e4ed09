import type { Module } from '@modulo/form-model';
import { parseModule } from '@modulo/form-model';
import type { CliIo } from './io';
import { CliError, readJson } from './io';

/** Reads and parses a module file; every problem becomes a CliError listing each JSON path. */
export function loadModule(io: CliIo, path: string | undefined): Module {
  const parsed = parseModule(readJson(io, path, '<module.json>'));
  if (parsed.ok) return parsed.value;
  const { error } = parsed;
  const lines = error.details?.length
    ? error.details.map((d) => `  ${d.path}: ${d.message}`)
    : [`  ${error.path ?? '/'}: ${error.message}`];
  throw new CliError(`${path}: invalid module (${error.code})\n${lines.join('\n')}`);
}
