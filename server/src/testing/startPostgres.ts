import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from './freePort';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's PostgreSQL 15 binaries. */
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** What to run when PostgreSQL is missing: the tests fail with this, they never skip. */
export const pgInstallHint = (bin: string) =>
  `PostgreSQL 15 is not installed (looked for initdb in ${bin}). Install it with: ` +
  'sudo apt-get install -y postgresql (or run `node scripts/systemDeps.mjs` as root).';

/** A throwaway PostgreSQL server process. */
export interface RunningPostgres {
  port: number;
  /** The directory holding the data directory and the Unix socket. */
  dir: string;
  /** `postgres://postgres@127.0.0.1:PORT/DB` (trust authentication, loopback only). */
  url(database?: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): string;
  /** Runs SQL with psql on one database (for tests that tamper with rows). */
  psql(database: string, sql: string): string;
  stop(): void;
}

/**
 * Runs a PostgreSQL binary as the `postgres` user when we are root (initdb refuses root; CI
 * runs as root), as ourselves otherwise.
 */
function asPostgres(bin: string, args: string[], dir = PG_BIN): string {
  const root = process.getuid?.() === 0;
  const [cmd, argv] = root
    ? ['runuser', ['-u', 'postgres', '--', join(dir, bin), ...args]]
    : [join(dir, bin), args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: '/' });
  if (r.status !== 0)
    throw new Error(`${bin} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * Starts a real PostgreSQL server: `initdb` into a fresh temporary directory (owned by the
 * `postgres` user when we are root), `pg_ctl start` on a free loopback port with its socket in
 * that directory. `durable: false` turns fsync off for contract tests (faster, same SQL);
 * the cluster test keeps the production settings (fsync and synchronous_commit on).
 */
export async function startPostgres(
  options: { durable?: boolean; maxConnections?: number; bin?: string } = {},
): Promise<RunningPostgres> {
  const binDir = options.bin ?? PG_BIN;
  // Never a skip: a machine without PostgreSQL fails these tests and says what to install.
  if (!existsSync(join(binDir, 'initdb'))) throw new Error(pgInstallHint(binDir));
  const run = (bin: string, args: string[]) => asPostgres(bin, args, binDir);
  const dir = mkdtempSync(join(tmpdir(), 'modulo-pg-'));
  const data = join(dir, 'data');
  const owner =
    process.getuid?.() === 0
      ? ['-u', '-g'].map((flag) =>
          Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()),
        )
      : undefined;
  if (owner) chownSync(dir, owner[0]!, owner[1]!);
  const stop = () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // not started, or already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const settings = [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${dir}'`,
      `max_connections = ${options.maxConnections ?? 100}`,
      `fsync = ${options.durable ? 'on' : 'off'}`,
      `synchronous_commit = ${options.durable ? 'on' : 'off'}`,
      `full_page_writes = ${options.durable ? 'on' : 'off'}`,
      `shared_buffers = 64MB`,
    ];
    // postgresql.auto.conf is read last: these settings win over initdb's postgresql.conf.
    const auto = join(data, 'postgresql.auto.conf');
    writeFileSync(auto, settings.join('\n') + '\n');
    if (owner) chownSync(auto, owner[0]!, owner[1]!);
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    stop();
    throw error;
  }
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    dir,
    url,
    createDatabase(name) {
      run('psql', ['-h', dir, '-p', String(port), '-U', 'postgres', '-q', '-c', `CREATE DATABASE "${name}"`]);
      return url(name);
    },
    psql(database, sql) {
      return run('psql', [
        '-h',
        dir,
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        database,
        '-qAt',
        '-c',
        sql,
      ]);
    },
    stop,
  };
}
