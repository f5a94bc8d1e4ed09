import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { demoFiling } from './demoFiling';
import { startTestServer } from './startTestServer';

const dir = mkdtempSync(join(tmpdir(), 'modulo-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Filed {
  code: string;
  hash: string;
  protocol: { number: number; year: number };
}

describe('a crash during filing (SIGKILL of the real server process)', () => {
  it('loses no acknowledged submission and leaves the chain intact', async () => {
    const server = await startTestServer(dir);
    const filing = demoFiling();
    const acknowledged: Filed[] = [];
    let stop = false;
    // 32 clients filing in a loop until the process dies under them.
    const clients = Array.from({ length: 32 }, async () => {
      while (!stop) {
        try {
          const res = await fetch(server.url + filing.path, {
            method: 'POST',
            headers: filing.headers,
            body: filing.body,
          });
          if (res.status !== 201) throw new Error(`status ${res.status}`);
          acknowledged.push(((await res.json()) as { pratica: Filed }).pratica);
        } catch {
          if (server.child.exitCode !== null || server.child.signalCode !== null) return;
        }
      }
    });
    while (acknowledged.length < 300) await new Promise((r) => setTimeout(r, 20));
    server.child.kill('SIGKILL');
    await server.exited;
    stop = true;
    await Promise.all(clients);
    expect(server.child.signalCode).toBe('SIGKILL');

    // Restart on the same file: every acknowledged pratica is there with its number and hash.
    const again = await startTestServer(dir);
    try {
      for (const p of acknowledged.slice(-5)) {
        const res = await fetch(`${again.url}/api/verify/${p.code}?hash=${p.hash}`);
        expect(((await res.json()) as { valid: boolean }).valid).toBe(true);
      }
      const store = openSqliteStore(join(dir, 'modulo.sqlite'));
      for (const p of acknowledged) {
        const stored = await store.pratiche.get(p.code);
        expect(stored?.documentSha256).toBe(p.hash);
        expect(stored?.protocol.number).toBe(p.protocol.number);
      }
      expect(await store.pratiche.verifyChain({ full: true })).toMatchObject({ ok: true });
      // Filing goes on after the crash, numbering on from the last committed number.
      const next = await fetch(again.url + filing.path, {
        method: 'POST',
        headers: filing.headers,
        body: filing.body,
      });
      const number = ((await next.json()) as { pratica: Filed }).pratica.protocol.number;
      const highest = Math.max(...acknowledged.map((p) => p.protocol.number));
      expect(number).toBeGreaterThan(highest);
      expect(await store.pratiche.verifyChain({ full: true })).toMatchObject({ ok: true });
      await store.close();
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
  }, 180_000);
});
