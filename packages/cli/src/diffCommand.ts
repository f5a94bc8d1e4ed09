import { diffModules } from '@modulo/form-model';
import type { Module } from '@modulo/form-model';
import type { CliIo } from './io';

/** `diff <old.json> <new.json> [--json]`: one line per change, then the suggested version. */
export function diffCommand(io: CliIo, a: Module, b: Module, json: boolean): number {
  const diff = diffModules(a, b);
  if (json) {
    io.out(JSON.stringify(diff, null, 2));
    return 0;
  }
  for (const c of diff.changes)
    io.out(`${c.breaking ? 'BREAKING' : c.bump.padEnd(8)} ${c.path.padEnd(28)} ${c.message.en}`);
  const what =
    diff.changes.length === 0
      ? 'no changes'
      : `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}`;
  io.out(
    `${a.id}@${a.version} -> ${b.id}@${b.version}: ${what}, ${diff.breaking ? 'breaking' : 'not breaking'}; suggested version ${diff.suggestedVersion} (${diff.bump})`,
  );
  return 0;
}
