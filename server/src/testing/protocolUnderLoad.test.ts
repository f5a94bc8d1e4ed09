import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { demoFiling } from './demoFiling';
import type { TestServer } from './startTestServer';
import { startTestServer } from './startTestServer';

const dir = mkdtempSync(join(tmpdir(), 'modulo-load-'));
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(dir);
}, 90_000);
afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dir, { recursive: true, force: true });
});

describe('protocol numbers under concurrency (real server process, real port, SQLite file)', () => {
  it('gives 1,000 concurrent submissions 1,000 distinct consecutive protocol numbers', async () => {
    const filing = demoFiling();
    const answers = await Promise.all(
      Array.from({ length: 1000 }, async () => {
        const res = await fetch(server.url + filing.path, {
          method: 'POST',
          headers: filing.headers,
          body: filing.body,
        });
        expect(res.status).toBe(201);
        return ((await res.json()) as { pratica: { code: string; protocol: { number: number } } }).pratica;
      }),
    );
    const numbers = answers.map((p) => p.protocol.number).sort((a, b) => a - b);
    const first = numbers[0]!;
    expect(numbers).toEqual(Array.from({ length: 1000 }, (_, i) => first + i));
    expect(new Set(answers.map((p) => p.code)).size).toBe(1000);
    const store = openSqliteStore(join(dir, 'modulo.sqlite'));
    expect(await store.pratiche.verifyChain({ full: true })).toMatchObject({ ok: true });
    await store.close();
  }, 120_000);
});
