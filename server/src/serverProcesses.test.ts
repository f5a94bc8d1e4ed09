import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverProcessFlags, serverProcesses } from './serverProcesses';
import { openSqliteStore } from './storage/sqlite/openSqliteStore';
import { demoFiling } from './testing/demoFiling';
import { cpuTicks, serverWorkerPids } from './testing/processTree';
import type { TestServer } from './testing/startTestServer';
import { startTestServer } from './testing/startTestServer';

describe('serverProcesses (PROCESSES)', () => {
  it('reads unset as one, "auto" as one per core, a whole number as itself', () => {
    expect(serverProcesses(undefined)).toBe(1);
    expect(serverProcesses('')).toBe(1);
    expect(serverProcesses('auto')).toBe(availableParallelism());
    expect(serverProcesses('3')).toBe(3);
  });

  it('runs one server process per core with single-threaded garbage collection, fewer with V8’s default', () => {
    expect(serverProcessFlags(2, 2)).toEqual([...process.execArgv, '--single-threaded-gc']);
    expect(serverProcessFlags(4, 2)).toContain('--single-threaded-gc');
    expect(serverProcessFlags(2, 8)).toEqual(process.execArgv);
  });

  it('refuses anything else, naming the variable', () => {
    for (const bad of ['0', '-1', '2.5', 'two', '65'])
      expect(() => serverProcesses(bad)).toThrow(/PROCESSES must be "auto" or a whole number/);
  });
});

/** The server processes the test server started, with their CPU time so far (clock ticks). */
const children = (pid: number) => new Map(serverWorkerPids(pid).map((p) => [p, cpuTicks(p)]));

describe('two server processes on one SQLite file (real processes, real port)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modulo-processes-'));
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dir, 90_000, { PROCESSES: '2' });
  }, 120_000);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('both file, with gapless protocol numbers and one intact chain', async () => {
    const before = children(server.child.pid!);
    expect(before.size).toBe(2);
    for (const pid of before.keys())
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('--single-threaded-gc')).toBe(
        2 >= availableParallelism(),
      );
    const filing = demoFiling();
    const answers: { code: string; protocol: { number: number } }[] = [];
    // 32 clients, 600 filings: each connection stays with the process it was handed to.
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        for (let i = 0; i < 600 / 32; i++) {
          const res = await fetch(server.url + filing.path, {
            method: 'POST',
            headers: filing.headers,
            body: filing.body,
          });
          expect(res.status).toBe(201);
          answers.push(((await res.json()) as { pratica: (typeof answers)[number] }).pratica);
        }
      }),
    );
    const numbers = answers.map((p) => p.protocol.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => numbers[0]! + i));
    expect(new Set(answers.map((p) => p.code)).size).toBe(answers.length);
    // Each process did a share of the work.
    const after = children(server.child.pid!);
    const used = [...before].map(([pid, ticks]) => (after.get(pid) ?? ticks) - ticks);
    const total = used.reduce((a, b) => a + b, 0);
    for (const ticks of used) expect(ticks).toBeGreaterThan(total * 0.2);
    const store = openSqliteStore(join(dir, 'modulo.sqlite'));
    expect(await store.pratiche.verifyChain({ full: true })).toMatchObject({ ok: true });
    await store.close();
  }, 120_000);

  it('stops cleanly: the processes drain and exit on SIGTERM', async () => {
    const pids = [...children(server.child.pid!).keys()];
    server.child.kill('SIGTERM');
    await server.exited;
    expect(server.child.exitCode).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  }, 30_000);
});
