import { afterAll, beforeAll } from 'vitest';
import { monitoringCountsSuite } from '../monitoringCountsSuite';
import type { Store } from '../Store';
import type { RunningPostgres } from '../../testing/startPostgres';
import { startPostgres } from '../../testing/startPostgres';
import { openPgStore } from './openPgStore';
import { createPgPool } from './pgPool';
import { rawPgProcedureFigures } from './rawPgProcedureFigures';

// Migration 011's counts on a real PostgreSQL server process, held to the raw rows' figures.
let pg: RunningPostgres;
beforeAll(async () => {
  pg = await startPostgres();
}, 120_000);
afterAll(() => pg?.stop(), 60_000);

const UNDO_011 = `
  DROP FUNCTION procedure_counts_filed, procedure_counts_changed, procedure_counts_silenzio,
    procedure_counts_event CASCADE;
  DROP FUNCTION rome_date;
  DROP TABLE procedure_counts, procedure_months, procedure_applicants, procedure_decisions;
  DELETE FROM schema_migrations WHERE version = 11;`;

let n = 0;
monitoringCountsSuite('PostgreSQL', async () => {
  const url = pg.createDatabase(`counts_${n++}`);
  let store: Store = await openPgStore(url);
  const oracle = createPgPool(url, 2);
  return {
    get store() {
      return store;
    },
    raw: (enteId, today) => rawPgProcedureFigures(oracle, enteId, today),
    async reopenBefore011() {
      await store.close();
      await oracle.query(UNDO_011);
      store = await openPgStore(url);
      return store;
    },
    async close() {
      await oracle.end();
      await store.close();
    },
  };
});
