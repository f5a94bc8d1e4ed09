import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the CLI reads and writes: the process, or a test's buffers. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a file named on the command line, relative to where the user typed the command. */
  readFile(path: string): string;
}

/** The real process: `pnpm modulo` runs from the workspace root, so resolve against INIT_CWD. */
export function processIo(): CliIo {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    readFile: (p) => readFileSync(resolve(cwd, p), 'utf8'),
  };
}

/** Thrown for a usage or input problem; the message is printed and the exit code is 1. */
export class CliError extends Error {}

/** Reads and parses a JSON file, naming the file and the problem on failure. */
export function readJson(io: CliIo, path: string | undefined, what: string): unknown {
  if (!path) throw new CliError(`missing argument: ${what}`);
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}
