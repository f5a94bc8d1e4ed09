import { afterAll, beforeAll } from 'vitest';
import { ratingStoreSuite } from '../ratingStoreSuite';
import type { RunningPostgres } from '../../testing/startPostgres';
import { startPostgres } from '../../testing/startPostgres';
import { openPgStore } from './openPgStore';

// SQLite's rating contract on a real PostgreSQL server process; each case gets an empty database.
let pg: RunningPostgres;
beforeAll(async () => {
  pg = await startPostgres();
}, 120_000);
// Stopping and removing a cluster of many databases can take seconds on a loaded machine.
afterAll(() => pg?.stop(), 60_000);

let n = 0;
ratingStoreSuite('PostgreSQL', () => openPgStore(pg.createDatabase(`ratings_${n++}`)));
