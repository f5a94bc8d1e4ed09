import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A real server process (`serveForTests.ts`) on a free loopback port. */
export interface TestServer {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  output(): string;
}

/** Starts the test server on `dataDir` and resolves once it listens. */
export function startTestServer(
  dataDir: string,
  timeoutMs = 60_000,
  /** More environment for the server, e.g. `{ PROCESSES: '2' }`. */
  env: Record<string, string> = {},
): Promise<TestServer> {
  // SERVER_NODE_FLAGS: extra node flags for the server child, e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`.
  const flags = (process.env.SERVER_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(
    process.execPath,
    [...flags, '--import', 'tsx', 'server/src/testing/serveForTests.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The test server did not start:\n${output}`));
    }, timeoutMs);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const url = /READY (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, child, exited, output: () => output });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The test server exited (${code ?? signal}):\n${output}`));
    });
  });
}
