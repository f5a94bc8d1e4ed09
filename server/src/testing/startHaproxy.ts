import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort';

export const HAPROXY = process.env.HAPROXY ?? '/usr/sbin/haproxy';

/** A running HAProxy in front of the given backends. */
export interface RunningHaproxy {
  url: string;
  config: string;
  pid: number;
  /** What HAProxy logged: only abnormal requests (\`option dontlog-normal\`), with their termination state. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * HAProxy's configuration for Modulo's instances: round robin, a health check every second
 * (an instance that fails three in a row leaves the rotation; a busy instance answering within
 * 5 s stays in: under load its event loop is slow, not dead), a request
 * whose connection is refused goes to another instance (`retry-on conn-failure`, redispatch),
 * and each answer names the instance that served it (`X-Modulo-Instance`). The same file, with
 * real addresses, is the one docs/deploy.md gives.
 */
export function haproxyConfig(port: number, backends: { name: string; port: number }[]): string {
  return `global
  maxconn 4096
  log stdout format raw local0 notice

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout check 10s
  timeout http-keep-alive 10s
  retries 3
  option redispatch
  retry-on conn-failure
  option forwardfor
  log global
  option httplog
  option dontlog-normal

frontend modulo_in
  bind 127.0.0.1:${port}
  default_backend modulo

backend modulo
  balance roundrobin
  option httpchk GET /api/entes
  http-response set-header X-Modulo-Instance %s
${backends.map((b) => `  server ${b.name} 127.0.0.1:${b.port} check inter 1s fall 5 rise 1`).join('\n')}
`;
}

/** Starts HAProxy in the foreground (`-db`) on a free loopback port; it checks its config first. */
export async function startHaproxy(backends: { name: string; port: number }[]): Promise<RunningHaproxy> {
  if (!existsSync(HAPROXY))
    throw new Error(`HAProxy is not installed (${HAPROXY}): sudo apt-get install -y haproxy`);
  const dir = mkdtempSync(join(tmpdir(), 'modulo-haproxy-'));
  const port = await freePort();
  const config = haproxyConfig(port, backends);
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, config);
  const child: ChildProcess = spawn(HAPROXY, ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Ready when it answers through to a backend.
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}/api/entes`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, config, pid: child.pid!, output: () => output, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`HAProxy did not start:\n${output}`);
}
