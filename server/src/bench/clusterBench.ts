// pnpm bench:cluster — filings through the real topology of docs/deploy.md, on loopback: the
// demo login, then BENCH_FILINGS (10,000) submissions at 64 concurrent connections, for
// (1) one instance on SQLite (the embedded default, no load balancer), (2) one instance on
// PostgreSQL behind HAProxy, (3) two instances on the same PostgreSQL behind HAProxy. Prints
// filings/s, p50/p99, the CPU each component used (where the time went), and verifies numbers
// 1..N and the chain after each run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPgStore } from '../storage/postgres/openPgStore';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { fileOnce, loginCitizen, percentile, pooled } from '../testing/clusterClient';
import type { Cluster } from '../testing/startCluster';
import { startCluster } from '../testing/startCluster';

const FILINGS = Number(process.env.BENCH_FILINGS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const TICK = 100; // clock ticks per second in /proc/<pid>/stat

/** CPU seconds (user + system) used so far by a process. */
function cpu(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICK;
  } catch {
    return 0;
  }
}

/** Every PostgreSQL process of the cluster: the postmaster and its children (backends, WAL writer...). */
function postgresPids(cluster: Cluster): number[] {
  if (!cluster.pg) return [];
  const master = Number(readFileSync(join(cluster.pg.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === master;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [master, ...children];
}

interface Result {
  label: string;
  rate: number;
  p50: number;
  p99: number;
  failed: number;
  cpu: Record<string, number>;
  seconds: number;
}

async function run(label: string, options: Parameters<typeof startCluster>[0]): Promise<Result> {
  const cluster = await startCluster(options);
  try {
    const client = await loginCitizen(cluster.url);
    await pooled(20, 4, (i) => fileOnce(client, `warm-${i}`)); // compiles the validator
    const pids = {
      instances: cluster.instances.map((i) => i.process.child.pid!),
      haproxy: cluster.haproxy ? [cluster.haproxy.pid] : [],
      bench: [process.pid],
    };
    const sample = () => {
      const pg = postgresPids(cluster);
      return {
        instances: pids.instances.reduce((s, p) => s + cpu(p), 0),
        postgres: pg.reduce((s, p) => s + cpu(p), 0),
        haproxy: pids.haproxy.reduce((s, p) => s + cpu(p), 0),
        'bench client': cpu(process.pid),
      };
    };
    const before = sample();
    const t = performance.now();
    const outcomes = await pooled(FILINGS, CONNECTIONS, (i) => fileOnce(client, `bench-${i}`));
    const seconds = (performance.now() - t) / 1000;
    const after = sample();
    const ok = outcomes.filter((o) => o.status === 201);
    const ms = ok.map((o) => o.ms);
    const used = Object.fromEntries(
      Object.entries(after).map(([k, v]) => [k, v - before[k as keyof typeof before]]),
    );
    const result: Result = {
      label,
      rate: ok.length / seconds,
      p50: percentile(ms, 50),
      p99: percentile(ms, 99),
      failed: outcomes.length - ok.length,
      cpu: used,
      seconds,
    };
    const store = cluster.pg
      ? await openPgStore(cluster.databaseUrl)
      : openSqliteStore(join(cluster.dataDir, 'modulo.sqlite'));
    const chain = await store.pratiche.verifyChain();
    await store.close();
    console.log(`\n## ${label}`);
    console.log(
      `${result.rate.toFixed(0).padStart(6)} filings/s  p50 ${result.p50.toFixed(0)} ms  p99 ${result.p99.toFixed(0)} ms  (${ok.length} filed, ${result.failed} failed, ${seconds.toFixed(1)} s)`,
    );
    console.log(
      `CPU used during the run (core-seconds): ${Object.entries(used)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', ')}`,
    );
    console.log(
      chain.ok
        ? `register: numbers 1..N with no gap or duplicate, chain intact (${chain.entries} links)`
        : `register BROKEN at ${JSON.stringify(chain.brokenAt)}`,
    );
    if (!chain.ok || result.failed > 0) process.exitCode = 1;
    return result;
  } finally {
    await cluster.stop();
  }
}

console.log(
  `Modulo cluster bench: ${FILINGS} filings per run, ${CONNECTIONS} concurrent connections, demo login (session cookie + CSRF), segnalazione-disservizio at Montebello`,
);
const results = [
  await run('1 instance, SQLite (WAL, synchronous=FULL, group commit), no load balancer', {
    instances: 1,
    store: 'sqlite',
  }),
  await run('1 instance, PostgreSQL (fsync, synchronous_commit=on), HAProxy', { instances: 1 }),
  await run('2 instances, one PostgreSQL, HAProxy', { instances: 2 }),
];
console.log('\n## summary');
for (const r of results)
  console.log(
    `${r.rate.toFixed(0).padStart(6)} filings/s  p99 ${r.p99.toFixed(0).padStart(5)} ms  ${r.label}`,
  );
const [, one, two] = results;
const top = Object.entries(two!.cpu).sort((a, b) => b[1] - a[1]);
const cores = top.reduce((s, [, v]) => s + v, 0) / two!.seconds;
console.log(
  `\nwhere the time goes with two instances: ${top.map(([k, v]) => `${k} ${((v / two!.seconds) * 100).toFixed(0)} %`).join(', ')} of one core ` +
    `(${cores.toFixed(2)} cores busy of the machine's 2). Two instances vs one: ${((two!.rate / one!.rate - 1) * 100).toFixed(0)} %. ` +
    `On one machine the instances share its cores with PostgreSQL and the client, so a second instance adds little; ` +
    `filings of one AOO are serialised by the ente row lock, so the register itself is one queue whatever the instance count.`,
);
