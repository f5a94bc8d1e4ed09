import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getLibraryModule } from '@modulo/form-library';
import { suiteEnte, suiteFiling } from '../storeSuite';
import type { SqliteStore } from './openSqliteStore';
import { openSqliteStore } from './openSqliteStore';

// Two server processes on one file are two connections: what one writes, the other's caches
// must not hide (a staff member's role taken away, a module archived) from the next turn of the
// event loop on (each connection reads the file's version once per turn).
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
describe('caches of two connections to one file', () => {
  let dir: string;
  let a: SqliteStore;
  let b: SqliteStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cache-versions-'));
    a = openSqliteStore(join(dir, 'm.sqlite'));
    b = openSqliteStore(join(dir, 'm.sqlite'));
    await a.entes.put(suiteEnte());
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("drops an ente's directory cached by one when the other changes it", async () => {
    const cached = (await a.entes.get('borgo'))!;
    expect(cached.staff[0]!.roles).toContain('operator');
    // A filing by the other connection changes the file, not the directory: the cache stays.
    expect((await b.pratiche.file(suiteFiling())).ok).toBe(true);
    expect(await a.entes.get('borgo')).toBe(cached);
    const ente = suiteEnte();
    await b.entes.put({ ...ente, staff: [{ ...ente.staff[0]!, roles: ['responsible'] }] });
    await nextTurn();
    expect((await a.entes.get('borgo'))!.staff[0]!.roles).toEqual(['responsible']);
    await b.entes.setEmbedOrigins('borgo', ['https://comune.example.it']);
    await nextTurn();
    expect((await a.entes.get('borgo'))!.embedOrigins).toEqual(['https://comune.example.it']);
  });

  it('drops module versions cached by one when the other publishes or archives', async () => {
    const module = getLibraryModule('segnalazione-disservizio')!;
    await a.modules.publish('borgo', module, new Date('2026-03-01T09:00:00Z'));
    const published = (await a.modules.version('borgo', module.id, module.version))!;
    expect(published.status).toBe('published');
    expect(await a.modules.version('borgo', module.id, module.version)).toBe(published);
    expect(await b.modules.archive('borgo', module.id)).toBe(true);
    await nextTurn();
    expect((await a.modules.version('borgo', module.id, module.version))!.status).toBe('archived');
    expect((await a.modules.current('borgo', module.id))!.status).toBe('archived');
  });
});
