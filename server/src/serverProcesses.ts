import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { OidcSettings } from './auth/oidcClient';
import type { ServerConfig } from './env';

/** What every server process needs from the one that started it. */
export interface WorkerSettings {
  oidc: OidcSettings | undefined;
  config: Partial<ServerConfig>;
}

/** The environment variable that hands `WorkerSettings` to a server process (JSON). */
export const WORKER_SETTINGS = 'MODULO_WORKER_SETTINGS';

/** `PROCESSES`: unset → 1, "auto" → one per core, else a whole number from 1 to 64. */
export function serverProcesses(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  if (value === 'auto') return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new Error(`PROCESSES must be "auto" or a whole number from 1 to 64, not "${value}"`);
  return n;
}

/**
 * The Node flags of `n` server processes: with one per core (or more), `--single-threaded-gc`. V8's
 * parallel garbage-collection threads could only take turns with the other server processes on
 * the same cores: with them, two processes on two cores filed 3,848–4,114/s (medians of 4 and 5
 * runs), without them 3,977–4,507/s (docs/decisions/2026-12-03-server-processes.md).
 */
export function serverProcessFlags(n: number, cores = availableParallelism()): string[] {
  return n >= cores ? [...process.execArgv, '--single-threaded-gc'] : process.execArgv;
}

/**
 * Forks `n` server processes (`serveWorker.ts`) that share the port (node:cluster hands each new
 * connection to one of them in turn) and calls `listening` once with the port they bound. A
 * process that dies is started again. `stop` asks each to finish (they drain their filings).
 */
export function startProcesses(
  n: number,
  settings: WorkerSettings,
  listening: (port: number) => void,
): { stop(signal: NodeJS.Signals): Promise<void> } {
  let stopping = false;
  let announced = false;
  const fork = (): Worker => {
    const worker = cluster.fork({ [WORKER_SETTINGS]: JSON.stringify(settings) });
    worker.on('message', (m: unknown) => {
      const port = (m as { listening?: unknown } | null)?.listening;
      if (typeof port === 'number' && !announced) {
        announced = true;
        listening(port);
      }
    });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(`A server process exited (${signal ?? code}): starting another one.`);
      fork();
    });
    return worker;
  };
  cluster.setupPrimary({ execArgv: serverProcessFlags(n) });
  for (let i = 0; i < n; i++) fork();
  return {
    stop(signal) {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
      return Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.isDead()) return resolve();
              w.once('exit', () => resolve());
              w.process.kill(signal);
            }),
        ),
      ).then(() => undefined);
    },
  };
}

/**
 * A server process's clean stop on SIGINT or SIGTERM: no new connections, queued filings commit
 * (`close` closes the store), then exit 0. Ctrl+C reaches a server process twice (from the
 * terminal, then from the first process): once is enough.
 */
export function stopOnSignal(server: { close(): unknown }, close: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      server.close();
      void close().then(() => process.exit(0));
    });
}
