import { readdirSync, readFileSync } from 'node:fs';

/** The fields of `/proc/<pid>/stat` after the command name (index 1 is the parent, 11/12 user/system ticks). */
export function procStat(pid: number | string): string[] {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
}

/**
 * The server processes (`serveForTests.ts`, PROCESSES=N) that the test server `pid` started, not
 * other children such as esbuild's service. Linux only (reads `/proc`).
 */
export function serverWorkerPids(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (procStat(entry)[1] !== String(pid)) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('serveForTests')) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** CPU time so far (user + system) of a process, in clock ticks of 10 ms. */
export function cpuTicks(pid: number): number {
  const fields = procStat(pid);
  return Number(fields[11]) + Number(fields[12]);
}
