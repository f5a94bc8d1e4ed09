import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningHaproxy } from './startHaproxy';
import { startHaproxy } from './startHaproxy';
import type { RunningPostgres } from './startPostgres';
import { startPostgres } from './startPostgres';
import type { RunningProcess } from './startProcess';
import { startProcess } from './startProcess';

/** PostgreSQL, the demo identity provider, N real server processes and HAProxy in front. */
export interface Cluster {
  /** HAProxy's URL: what citizens use. */
  url: string;
  databaseUrl: string;
  /** DATA_DIR of the instances (the SQLite file, when the store is SQLite). */
  dataDir: string;
  pg?: RunningPostgres;
  instances: { name: string; url: string; process: RunningProcess }[];
  haproxy?: RunningHaproxy;
  stop(): Promise<void>;
}

const READY = /Catalogo dei moduli:\s+(http:\/\/\S+?)\/?\r?\n/;

/**
 * Starts the topology of docs/deploy.md on loopback: a durable PostgreSQL (fsync and
 * synchronous_commit on), the demo identity provider, `instances` processes of
 * `server/src/main.ts` with `DATABASE_URL` (started together: they migrate and seed once, under
 * the advisory lock) and HAProxy. With `store: 'sqlite'`, one instance on a SQLite file and no
 * HAProxy (the figure to compare with).
 */
export async function startCluster(options: {
  instances: number;
  store?: 'postgres' | 'sqlite';
}): Promise<Cluster> {
  const started: { stop(): unknown }[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'modulo-cluster-'));
  const stop = async () => {
    for (const s of started.reverse()) await s.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    let databaseUrl = '';
    let pg: RunningPostgres | undefined;
    if (options.store !== 'sqlite') {
      pg = await startPostgres({ durable: true, maxConnections: 200 });
      started.push(pg);
      databaseUrl = pg.createDatabase('modulo');
    }
    const idp = await startProcess(
      'server/src/demo-idp/main.ts',
      { DEMO_IDP_PORT: '0' },
      /Issuer: (http:\/\/\S+)/,
    );
    started.push(idp);
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      OIDC_ISSUER: idp.match,
      OIDC_CLIENT_SECRET: 'modulo-demo-secret',
      TRUST_PROXY: options.store === 'sqlite' ? '0' : '1',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '' }),
    };
    const names = Array.from({ length: options.instances }, (_, i) => String.fromCharCode(97 + i));
    const processes = await Promise.all(
      names.map(() => startProcess('server/src/main.ts', env, READY, 90_000)),
    );
    started.push(...processes);
    const instances = processes.map((p, i) => ({ name: names[i]!, url: p.match, process: p }));
    let haproxy: RunningHaproxy | undefined;
    if (options.store !== 'sqlite') {
      haproxy = await startHaproxy(
        instances.map((i) => ({ name: i.name, port: Number(new URL(i.url).port) })),
      );
      started.push(haproxy);
    }
    return { url: haproxy?.url ?? instances[0]!.url, databaseUrl, dataDir, pg, instances, haproxy, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
