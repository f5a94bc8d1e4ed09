// Test helper: a real SMTP server in its own process (Debian python3-aiosmtpd), storing to a Maildir.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Starts `python3 -m aiosmtpd` on a free port; `received()` parses every mail it stored so far. */
export async function startSmtpSink() {
  const port = await freePort();
  const maildir = join(mkdtempSync(join(tmpdir(), 'modulo-smtp-')), 'Maildir'); // must not exist yet
  const child = spawn(
    '/usr/bin/python3',
    ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100 && !(await accepts(port)); i++) await new Promise((r) => setTimeout(r, 100));
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
