import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A child process started by a test, with what it printed. */
export interface RunningProcess {
  /** The first capture group of `ready` in its output, e.g. its URL. */
  match: string;
  output(): string;
  stop(): Promise<void>;
  /** The process itself (e.g. to SIGKILL it) and a promise of its exit. */
  child: ChildProcess;
  exited: Promise<void>;
}

/**
 * Starts `node --import tsx <script>` from the repository root and resolves once its output
 * matches `ready` (the first group is returned: usually the URL it bound). Rejects with its
 * output if it exits first or stays silent for `timeoutMs`.
 */
export function startProcess(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 30_000,
): Promise<RunningProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const grace = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(grace);
  };
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop().finally(() => reject(new Error(`${script}: ${why}\n--- output ---\n${output}`)));
    };
    const timer = setTimeout(() => fail(`no ready line within ${timeoutMs} ms`), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = ready.exec(output);
      if (!m) return;
      clearTimeout(timer);
      resolve({ match: m[1] ?? m[0], output: () => output, stop, child, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      if (!ready.test(output)) fail(`exited (code ${code}, signal ${signal})`);
    });
  });
}
