// Test helper: a real SMTP server in its own process (Debian python3-aiosmtpd), storing to a Maildir.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import { freePort } from '../../testing/freePort';

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Starts aiosmtpd on `port`; resolves once it accepts, or with why it did not (exit, time). */
async function spawnSink(
  port: number,
): Promise<{ child: ChildProcess; maildir: string } | { failure: string }> {
  const maildir = join(mkdtempSync(join(tmpdir(), 'modulo-smtp-')), 'Maildir'); // must not exist yet
  const child = spawn(
    '/usr/bin/python3',
    ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  child.once('error', (e) => {
    exited = true;
    stderr += e.message;
  });
  const deadline = Date.now() + 30_000;
  while (!exited && Date.now() < deadline) {
    if (await accepts(port)) return { child, maildir };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  return { failure: exited ? `exited: ${stderr.trim()}` : 'did not listen within 30 s' };
}

/**
 * Starts `python3 -m aiosmtpd` on a free port; `received()` parses every mail it stored so far.
 * Throws when it cannot start (e.g. python3-aiosmtpd missing) rather than handing out a dead URL;
 * a port taken between choosing and binding it gets a second and third try.
 */
export async function startSmtpSink() {
  let sink: { port: number; child: ChildProcess; maildir: string } | undefined;
  const failures: string[] = [];
  for (let attempt = 0; attempt < 3 && !sink; attempt++) {
    const port = await freePort();
    const started = await spawnSink(port);
    if ('child' in started) sink = { port, ...started };
    else failures.push(started.failure);
  }
  if (!sink) throw new Error(`aiosmtpd (Debian python3-aiosmtpd) did not start: ${failures.join('; ')}`);
  const { port, child, maildir } = sink;
  return {
    url: `smtp://127.0.0.1:${port}`,
    async received(): Promise<ParsedMail[]> {
      const dir = join(maildir, 'new');
      let files: string[] = [];
      try {
        files = readdirSync(dir).sort();
      } catch {
        return [];
      }
      return Promise.all(files.map((f) => simpleParser(readFileSync(join(dir, f)))));
    },
    stop() {
      child.kill('SIGTERM');
    },
  };
}
