import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PythonDocument } from './pythonInput';

/** Debian's interpreter, where `apt-get install python3-jsonschema` puts the package. */
export const PYTHON = '/usr/bin/python3';
const HERE = dirname(fileURLToPath(import.meta.url));
export const VALIDATE_PY = join(HERE, 'validate.py');
export const CHECK_FORMATS_PY = join(HERE, 'check_formats.py');
const INSTALL = 'apt-get update && apt-get install -y python3-jsonschema';

/** One case as python-jsonschema judged it. */
export interface PythonResult {
  name: string;
  valid: boolean;
  /** Error paths in Modulo's convention; null when one could not be placed. */
  paths: string[] | null;
  errors: { path: string; keyword: string; message: string }[];
}

/**
 * The version of python-jsonschema under Debian's Python. Throws with the install command
 * when either is missing: the suite fails, it never skips.
 */
export function pythonJsonschemaVersion(): string {
  const probe = spawnSync(
    PYTHON,
    ['-c', 'import importlib.metadata, jsonschema; print(importlib.metadata.version("jsonschema"))'],
    { encoding: 'utf8' },
  );
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `${PYTHON} cannot import jsonschema (${probe.error?.message ?? probe.stderr.trim()}). ` +
        `Install Debian's package: ${INSTALL}`,
    );
  }
  const version = probe.stdout.trim();
  if (Number(version.split('.')[0]) < 4) {
    throw new Error(`python-jsonschema ${version} predates unevaluatedProperties (4.0). ${INSTALL}`);
  }
  return version;
}

/** Runs validate.py once over all documents; one result list per document, in order. */
export function runPython(documents: PythonDocument[]): PythonResult[][] {
  return runScript<PythonResult[][]>(VALIDATE_PY, documents);
}

/** Runs a script of this folder on `input` (written to a file) and parses what it prints. */
export function runScript<T>(script: string, input: unknown): T {
  const dir = mkdtempSync(join(tmpdir(), 'modulo-conformance-'));
  try {
    const file = join(dir, 'input.json');
    writeFileSync(file, JSON.stringify(input));
    const run = spawnSync(PYTHON, [script, file], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
    if (run.error || run.status !== 0) {
      throw new Error(`${script} failed: ${run.error?.message ?? run.stderr}`);
    }
    return JSON.parse(run.stdout) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
