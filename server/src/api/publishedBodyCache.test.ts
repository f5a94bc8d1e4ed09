import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { getLibraryModule } from '@modulo/form-library';
import { compile } from '@modulo/form-model';
import type { Env } from '../env';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { suiteEnte } from '../storage/storeSuite';
import { publishedBodyCache } from './publishedBodyCache';
import { publishedModulesApi } from './publishedModulesApi';

const mensa = getLibraryModule('iscrizione-mensa-scolastica')!;

/** The published-modules sub-app over a real SQLite file, with the cache it is given. */
async function mounted(cache = publishedBodyCache()) {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'modulo-cache-')), 'modulo.sqlite'));
  await store.entes.put(suiteEnte());
  const app = new Hono<Env>()
    .use(async (c, next) => {
      c.set('store', store);
      await next();
    })
    .route('/api/entes', publishedModulesApi(cache));
  return { app, store, cache };
}

/** What the route sent before the cache: `c.json` of the freshly compiled body. */
function uncached(v: { version: string; status: string; publishedAt: string }, lang?: string) {
  const { schema, uiSchema } = compile({ ...mensa, version: v.version }, { lang });
  const base = `/api/entes/borgo/modules/${mensa.id}/versions/${v.version}`;
  return JSON.stringify({
    moduleId: mensa.id,
    version: v.version,
    status: v.status,
    publishedAt: v.publishedAt,
    module: { ...mensa, version: v.version },
    schema,
    uiSchema,
    validatorUrl: `${base}/validator.js`,
    validatorRjsfUrl: `${base}/validator-rjsf.js`,
  });
}

describe('published module bodies, compiled once per version', { timeout: 30_000 }, () => {
  it('serves the same bytes and headers as before, compiling each version and language once', async () => {
    const { app, store, cache } = await mounted();
    const v = await store.modules.publish('borgo', mensa, new Date('2026-11-01T09:00:00Z'));
    const url = `/api/entes/borgo/modules/${mensa.id}`;
    const first = await app.request(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json');
    expect(await first.text()).toBe(uncached(v));
    expect(await (await app.request(url)).text()).toBe(uncached(v));
    expect(await (await app.request(`${url}/versions/${v.version}`)).text()).toBe(uncached(v));
    expect(cache.builds).toBe(1);
    expect(await (await app.request(`${url}?lang=en`)).text()).toBe(uncached(v, 'en'));
    expect(cache.builds).toBe(2);
  });

  it('never serves a body stale after an archive or a new publication', async () => {
    const { app, store, cache } = await mounted();
    const v1 = await store.modules.publish('borgo', mensa, new Date('2026-11-01T09:00:00Z'));
    const url = `/api/entes/borgo/modules/${mensa.id}`;
    await app.request(url);
    const v2 = await store.modules.publish(
      'borgo',
      { ...mensa, version: '1.1.0' },
      new Date('2026-11-20T09:00:00Z'),
    );
    expect(await (await app.request(url)).text()).toBe(uncached(v2));
    await store.modules.archive('borgo', mensa.id);
    expect((await app.request(url)).status).toBe(409);
    const pinned = JSON.parse(await (await app.request(`${url}/versions/${v1.version}`)).text()) as {
      status: string;
    };
    const archived = (await store.modules.version('borgo', mensa.id, '1.0.0'))!;
    expect(pinned.status).toBe('archived');
    expect(await (await app.request(`${url}/versions/1.0.0`)).text()).toBe(uncached(archived));
    expect(cache.builds).toBe(3);
  });

  it('keeps at most `max` bodies, dropping the least recently used', () => {
    const cache = publishedBodyCache(2);
    const v = (version: string) => ({
      enteId: 'borgo',
      moduleId: 'm',
      version,
      status: 'published' as const,
      publishedAt: '2026-11-01T09:00:00.000Z',
      module: mensa,
    });
    const built: string[] = [];
    const get = (version: string) => cache.json('borgo', v(version), undefined, () => built.push(version));
    get('1.0.0');
    get('2.0.0');
    get('1.0.0'); // used again: 2.0.0 is now the oldest
    get('3.0.0');
    get('1.0.0');
    get('2.0.0');
    expect(built).toEqual(['1.0.0', '2.0.0', '3.0.0', '2.0.0']);
    expect(cache.size).toBe(2);
  });
});
