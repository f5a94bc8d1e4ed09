import { readdirSync, readFileSync } from 'node:fs';

// Processes as Linux's /proc shows them, for the benchmarks and the tests that weigh CPU per process.

/** The fields of `/proc/<pid>/stat` after the command name (index 1 is the parent, 11/12 user/system ticks). */
export function procStat(pid: number | string): string[] {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
}

/** CPU time so far (user + system) of a process, in clock ticks of 10 ms. */
export function cpuTicks(pid: number): number {
  const fields = procStat(pid);
  return Number(fields[11]) + Number(fields[12]);
}

/** The children of `pid`; with `command`, only those whose command line contains it. */
export function childPids(pid: number, command?: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (procStat(entry)[1] !== String(pid)) continue;
      if (command === undefined || readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(command))
        found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** The server processes (`serveForTests.ts`, PROCESSES=N) the test server `pid` started, not e.g. esbuild's service. */
export const serverWorkerPids = (pid: number): number[] => childPids(pid, 'serveForTests');
