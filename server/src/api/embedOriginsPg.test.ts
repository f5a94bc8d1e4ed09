import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { EMBED_ORIGINS_TTL_MS } from '../auth/enteCors';
import { openPgStore } from '../storage/postgres/openPgStore';
import type { Store } from '../storage/Store';
import type { RunningPostgres } from '../testing/startPostgres';
import { startPostgres } from '../testing/startPostgres';
import { authFixture } from '../testing/authFixture';

// Two instances on one real PostgreSQL database: an admin's PUT of the embed origins on one is
// honoured there at once, and by the other's CORS within EMBED_ORIGINS_TTL_MS (its cache).

let pg: RunningPostgres;
let a: Store;
let b: Store;
let actors: Awaited<ReturnType<typeof authFixture>>['actors'];
beforeAll(async () => {
  pg = await startPostgres();
  const url = pg.createDatabase('embed_origins');
  a = await openPgStore(url);
  b = await openPgStore(url);
  ({ actors } = await authFixture(a));
}, 120_000);
afterAll(async () => {
  await a?.close();
  await b?.close();
  await pg?.stop();
}, 60_000);

const NEW = 'https://servizi.borgo.example.it';

describe('embed origins across instances (PostgreSQL)', () => {
  it('one instance applies a PUT at once, the other within the cache’s time', async () => {
    const appA = createApp({ store: a });
    const appB = createApp({ store: b });
    const allows = async (app: ReturnType<typeof createApp>) =>
      (
        await app.request('/api/entes/borgo/modules/x/submissions', {
          method: 'OPTIONS',
          headers: { origin: NEW, 'access-control-request-method': 'POST' },
        })
      ).headers.get('access-control-allow-origin') === NEW;
    expect(await allows(appA)).toBe(false);
    expect(await allows(appB)).toBe(false); // B has now cached the old list

    const put = await appA.request('/api/entes/borgo/embed-origins', {
      method: 'PUT',
      headers: { ...actors['adminBorgo'], 'content-type': 'application/json' },
      body: JSON.stringify({ origins: ['https://www.borgo.example.it', NEW] }),
    });
    expect(put.status).toBe(200);
    const at = Date.now();
    expect(await allows(appA)).toBe(true);
    expect((await b.entes.get('borgo'))?.embedOrigins).toEqual(['https://www.borgo.example.it', NEW]);
    await expect
      .poll(() => allows(appB), { timeout: EMBED_ORIGINS_TTL_MS + 2_000, interval: 250 })
      .toBe(true);
    expect(Date.now() - at).toBeLessThanOrEqual(EMBED_ORIGINS_TTL_MS + 2_000);

    const [event] = await b.audit.list('borgo', { action: 'ente.embed_origins_changed' });
    expect(event).toMatchObject({
      actor: 'staff:ada',
      data: { after: ['https://www.borgo.example.it', NEW] },
    });
  }, 30_000);
});
