// A diagnostic beside `pnpm bench:server`: the real server (PROCESSES=N as set in the
// environment) filing the bench module at 64 connections for D seconds (default 5) after W seconds
// of warm-up (default 8, as `pnpm bench:server`); prints filings/s, p99, and the CPU per filing of
// every thread of every server process and of the load generator.
// `PROCESSES=2 node --import tsx server/src/bench/filingRun.ts`; `FROM=file.sqlite` starts from a
// copy of that register (e.g. `pnpm bench:server`'s BENCH_PREFILLED one) instead of an empty one.
import autocannon from 'autocannon';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleSubmission } from '@modulo/form-model';
import { startTestServer } from '../testing/startTestServer';
import { procStat, serverWorkerPids } from '../testing/processTree';
import { asCitizen } from '../testing/testAuthenticate';
import { benchModule } from './benchModule';
import { copySettled } from './copySettled';

const module = benchModule();
const body = JSON.stringify({ version: module.version, answers: sampleSubmission(module) });
const headers = {
  'content-type': 'application/json',
  ...asCitizen({ fiscalNumber: 'RSSMRA80A01H501U', givenName: 'Mario', familyName: 'Rossi' }),
};
const dir = mkdtempSync(join(tmpdir(), 'filing-run-'));
if (process.env.FROM) copySettled(process.env.FROM, join(dir, 'modulo.sqlite'));
const server = await startTestServer(dir, 180_000);
const url = server.url + '/api/entes/montebello/modules/bench-occupazione/submissions';
const pid = server.child.pid!;

/** The server's processes: the first and the server processes it started. */
const processes = () => [pid, ...serverWorkerPids(pid)];
/** CPU time so far of every thread of the server, in ms, by `pid/tid`. */
const threads = () =>
  new Map(
    processes().flatMap((p) =>
      readdirSync(`/proc/${p}/task`).map((t): [string, number] => {
        const f = procStat(`${p}/task/${t}`);
        return [`${p}/${t}`, (Number(f[11]) + Number(f[12])) * 10];
      }),
    ),
  );

try {
  await fetch(url, { method: 'POST', headers, body });
  await autocannon({
    url,
    method: 'POST',
    headers,
    body,
    connections: 64,
    duration: Number(process.env.W ?? 8),
  });
  const before = threads();
  const own = process.cpuUsage();
  const r = await autocannon({
    url,
    method: 'POST',
    headers,
    body,
    connections: 64,
    duration: Number(process.env.D ?? 5),
  });
  const after = threads();
  const { user, system } = process.cpuUsage(own);
  const n = Math.max(1, r['2xx']);
  const used = [...after].map(([t, ms]): [string, number] => [t, ((ms - (before.get(t) ?? 0)) * 1000) / n]);
  const total = used.reduce((sum, [, us]) => sum + us, 0);
  console.log(
    `${r.requests.average.toFixed(0)} filings/s, p99 ${r.latency.p99} ms, ${r.non2xx + r.errors} non-2xx/errors; server ${total.toFixed(0)} µs CPU per filing`,
  );
  console.log(
    `by thread (µs per filing): ${used
      .filter(([, us]) => us >= 1)
      .map(([t, us]) => `${t} ${us.toFixed(0)}`)
      .join(', ')}; autocannon ${((user + system) / n).toFixed(0)}`,
  );
} finally {
  server.child.kill('SIGTERM');
  await server.exited;
  rmSync(dir, { recursive: true, force: true });
}
