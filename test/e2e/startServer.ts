import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The line `server/src/main.ts` prints once it listens, with the port it actually bound. */
const READY = /Catalogo dei moduli:\s+(http:\/\/\S+?)\/?\r?\n/;

/** The real server, running as a child process. */
export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Everything the process printed so far, for failure messages. */
  output(): string;
  /** Stops the process (SIGTERM, then SIGKILL after a grace period) and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts `node --import tsx server/src/main.ts` on a free port (PORT=0, HOST=127.0.0.1) and
 * resolves once it prints its URL. Rejects with the process output if it exits or stays silent.
 * `env` adds variables, e.g. `DATA_DIR` for a fresh database.
 */
export function startServer(timeoutMs = 30_000, env: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;

  const stop = async () => {
    if (!running()) return;
    child.kill('SIGTERM');
    const grace = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(grace);
  };

  return new Promise<RunningServer>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop().finally(() => reject(new Error(`${why}\n--- server output ---\n${output}`)));
    };
    const timer = setTimeout(() => fail(`The server printed no URL within ${timeoutMs} ms.`), timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = READY.exec(output)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({ url, output: () => output, stop });
    });
    child.once('exit', (code, signal) => {
      if (!READY.test(output))
        fail(`The server exited before it was ready (code ${code}, signal ${signal}).`);
    });
    child.once('error', (err) => fail(`The server could not be started: ${err.message}`));
  });
}
